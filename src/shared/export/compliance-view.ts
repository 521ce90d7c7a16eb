import type { ClauseResult, ComplianceResult, Workbook } from '../workbook/schema';

/**
 * The compliance figures the documents print, read from a stored result. Clause names and owners are
 * the workbook's current ones (a clause renamed after the import prints under its new name); the
 * name recorded at measurement time is used only for a clause deleted since.
 */
export interface ClauseVerdict {
  id: string;
  title: string;
  ownerTeamId: string;
  result: ClauseResult;
  /** The latest period with a verdict (met or missed), else the latest period at all. */
  latest: ClauseResult['months'][number] | null;
}

export function clauseVerdicts(doc: Workbook, result: ComplianceResult): ClauseVerdict[] {
  const current = new Map(doc.clauses.map((c) => [c.id, c]));
  return result.clauses.map((c) => {
    const clause = current.get(c.id);
    const decided = [...c.months].reverse().find((m) => m.status === 'met' || m.status === 'missed');
    return {
      id: c.id,
      title: clause?.title ?? c.title,
      ownerTeamId: clause?.ownerTeamId ?? c.ownerTeamId,
      result: c,
      latest: decided ?? c.months[c.months.length - 1] ?? null,
    };
  });
}
