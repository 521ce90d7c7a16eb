import type { Scenario, Scenarios, Stage } from '../workbook/schema';
import { newScenario } from './align';

/**
 * The workbook's list of scenarios: pure edits returning a new list (each one undo step in the app).
 * The first scenario created becomes the plan of record; deleting the plan of record hands the role to
 * the first remaining scenario, so there is always one while any exist.
 */
export function addScenario(list: Scenarios, scenario: Scenario): Scenarios {
  return {
    planOfRecordId: list.planOfRecordId || scenario.id,
    items: [...list.items, scenario],
  };
}

export function createScenario(
  list: Scenarios,
  stages: readonly Stage[],
  opts: { id: string; name: string; fiscalYear: number },
): Scenarios {
  return addScenario(list, newScenario(stages, opts));
}

export function duplicateScenario(
  list: Scenarios,
  sourceId: string,
  ids: { id: string; name: string },
): Scenarios {
  const source = list.items.find((s) => s.id === sourceId);
  if (!source) return list;
  const copy: Scenario = structuredClone({ ...source, id: ids.id, name: ids.name });
  const at = list.items.indexOf(source) + 1;
  return { ...list, items: [...list.items.slice(0, at), copy, ...list.items.slice(at)] };
}

export function renameScenario(list: Scenarios, id: string, name: string): Scenarios {
  return { ...list, items: list.items.map((s) => (s.id === id ? { ...s, name } : s)) };
}

export function deleteScenario(list: Scenarios, id: string): Scenarios {
  const items = list.items.filter((s) => s.id !== id);
  const planOfRecordId = list.planOfRecordId === id ? (items[0]?.id ?? '') : list.planOfRecordId;
  return { planOfRecordId, items };
}

export function setPlanOfRecord(list: Scenarios, id: string): Scenarios {
  return list.items.some((s) => s.id === id) ? { ...list, planOfRecordId: id } : list;
}

/** A name not yet used: "Base", "Base (2)", "Base (3)", … */
export function uniqueName(list: Scenarios, wanted: string): string {
  const taken = new Set(list.items.map((s) => s.name));
  if (!taken.has(wanted)) return wanted;
  let n = 2;
  while (taken.has(`${wanted} (${n})`)) n++;
  return `${wanted} (${n})`;
}
