import type { ClauseResult, ComplianceResult, PeriodResult, Workbook } from '../workbook/schema';
import { clauseTitle } from './agreement-text';

/**
 * Where each clause stands in a stored result, as the documents print it: the latest period with a
 * verdict (met or missed), the period still running after it, and the current clause name.
 */
export interface ClauseStanding {
  clause: ClauseResult;
  /** The workbook's current title (the one at measurement time for a clause deleted since). */
  title: string;
  ownerTeamId: string;
  /** The latest period that is over and judged: met or missed. */
  decided: PeriodResult | null;
  /** The latest period when it is not decided: in progress or not measurable. */
  open: PeriodResult | null;
}

export function clauseStandings(doc: Workbook, result: ComplianceResult): ClauseStanding[] {
  return result.clauses.map((clause) => {
    const periods = clause.periods;
    const decided = [...periods].reverse().find((p) => p.status === 'met' || p.status === 'missed') ?? null;
    const last = periods[periods.length - 1] ?? null;
    return {
      clause,
      title: clauseTitle(doc, clause),
      ownerTeamId: doc.clauses.find((c) => c.id === clause.id)?.ownerTeamId ?? clause.ownerTeamId,
      decided,
      open: last && last !== decided ? last : null,
    };
  });
}
