import { updateWorkbook, workbookStore } from '../../state/workbook-store';
import { scenarioForStages } from '../../../shared/funnel/align';
import type { Scenario, Scenarios, Transition } from '../../../shared/workbook/schema';

/**
 * Edits one scenario as one undo step. The scenario is first re-aligned with the workbook's current
 * stages, so an edit never writes transitions for a stage list that no longer exists. `field` names the
 * input, so keystrokes in it coalesce into a single step.
 */
export function editScenario(id: string, field: string, change: (s: Scenario) => Scenario): void {
  const doc = workbookStore.getState().doc;
  const index = doc?.scenarios.items.findIndex((s) => s.id === id) ?? -1;
  const current = doc?.scenarios.items[index];
  if (!doc || !current) return;
  const next = change(scenarioForStages(doc.stages, current));
  updateWorkbook(
    (d) => {
      d.scenarios.items[index] = next;
    },
    { coalesce: `scenario.${id}.${field}` },
  );
}

/** Replaces the scenario list (create, duplicate, rename, delete, plan of record) as one undo step. */
export function editScenarioList(change: (list: Scenarios) => Scenarios, coalesce?: string): void {
  const doc = workbookStore.getState().doc;
  if (!doc) return;
  const next = change(doc.scenarios);
  if (next === doc.scenarios) return;
  updateWorkbook(
    (d) => {
      d.scenarios = next;
    },
    coalesce ? { coalesce } : {},
  );
}

/** Edits one stage-to-stage transition (rate, lag, range) of a scenario as one undo step. */
export function editTransition(
  id: string,
  index: number,
  field: string,
  patch: (t: Transition) => Transition,
): void {
  editScenario(id, `transitions.${index}.${field}`, (s) => ({
    ...s,
    transitions: s.transitions.map((tr, k) => (k === index ? patch(tr) : tr)),
  }));
}
