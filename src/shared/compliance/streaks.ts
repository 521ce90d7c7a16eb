import type { ClauseResult, ClauseStatus, MissRun, Streaks, TeamRun, TeamTrigger } from '../workbook/schema';

/**
 * Runs of misses. Only decided periods (met or missed) count: a met period ends a run; an in-progress
 * or unmeasurable period neither extends nor breaks it (a quarterly clause is decided once a quarter,
 * and months outside a file's coverage say nothing). The current run is the one that ends at the
 * latest decided period.
 */
interface Decided {
  key: string;
  missed: boolean;
}

function runsOf<R extends { from: string; to: string; length: number; reachedTrigger: boolean }>(
  decided: readonly Decided[],
  rule: number,
  extra: (from: number, to: number) => Omit<R, 'from' | 'to' | 'length' | 'reachedTrigger'>,
): { runs: R[]; longest: number; current: number } {
  const runs: R[] = [];
  let start = -1;
  const close = (end: number) => {
    if (start < 0) return;
    const length = end - start;
    runs.push({
      from: decided[start]!.key,
      to: decided[end - 1]!.key,
      length,
      reachedTrigger: length >= rule,
      ...extra(start, end),
    } as R);
    start = -1;
  };
  decided.forEach((d, i) => {
    if (d.missed && start < 0) start = i;
    else if (!d.missed) close(i);
  });
  const open = start >= 0;
  close(decided.length);
  return {
    runs,
    longest: runs.reduce((n, r) => Math.max(n, r.length), 0),
    current: open ? runs.at(-1)!.length : 0,
  };
}

const isDecided = (s: ClauseStatus) => s === 'met' || s === 'missed';

/** A clause's runs of missed periods against the review rule (consecutive misses). */
export function streaksOf(
  periods: readonly { period: string; status: ClauseStatus }[],
  rule: number,
): Streaks {
  const decided = periods
    .filter((p) => isDecided(p.status))
    .map((p) => ({ key: p.period, missed: p.status === 'missed' }));
  return runsOf<MissRun>(decided, rule, () => ({}));
}

export interface TeamClause {
  id: string;
  ownerTeamId: string;
  /** Only agreed commitments count toward a team's review. */
  agreed: boolean;
}

/**
 * The review rule per team: a team that misses any of its agreed commitments in K consecutive months
 * triggers the review. A clause period counts in its last month (a quarterly miss in the quarter's
 * third month); a month is missed for the team when any of its clauses missed a period ending in it,
 * met when none did and at least one was met, and undecided otherwise (skipped, as for clauses).
 */
export function teamTriggers(
  teams: readonly { id: string }[],
  clauses: readonly TeamClause[],
  results: readonly ClauseResult[],
  rule: number,
): TeamTrigger[] {
  const byId = new Map(results.map((r) => [r.id, r]));
  const out: TeamTrigger[] = [];
  for (const team of teams) {
    const own = clauses.filter((c) => c.agreed && c.ownerTeamId === team.id && byId.has(c.id));
    if (own.length === 0) continue;
    const months = new Map<string, { missed: string[]; met: boolean }>();
    for (const c of own) {
      for (const p of byId.get(c.id)!.periods) {
        if (!isDecided(p.status)) continue;
        const m = months.get(p.to) ?? { missed: [], met: false };
        if (p.status === 'missed') m.missed.push(c.id);
        else m.met = true;
        months.set(p.to, m);
      }
    }
    const keys = [...months.keys()].sort();
    const decided = keys.map((key) => ({ key, missed: months.get(key)!.missed.length > 0 }));
    const streaks = runsOf<TeamRun>(decided, rule, (from, to) => ({
      clauseIds: [...new Set(keys.slice(from, to).flatMap((k) => months.get(k)!.missed))],
    }));
    out.push({
      teamId: team.id,
      clauseIds: own.map((c) => c.id),
      ...streaks,
      reviewTriggered: streaks.current >= rule,
    });
  }
  return out;
}
