import type { ClauseStatus, ComplianceResult, Snapshot } from '../workbook/schema';

/** The snapshot the dashboard reads: the newest "as of" (ties: the latest import). */
export function latestSnapshot(snapshots: readonly Snapshot[]): Snapshot | undefined {
  let best: Snapshot | undefined;
  for (const s of snapshots) {
    if (!best || s.asOf > best.asOf || (s.asOf === best.asOf && s.importedAt >= best.importedAt)) best = s;
  }
  return best;
}

/** The snapshot before `current` in "as of" order, to show what a newer export changed. */
export function previousSnapshot(snapshots: readonly Snapshot[], current: Snapshot): Snapshot | undefined {
  return latestSnapshot(
    snapshots.filter((s) => s !== current && s.id !== current.id && s.asOf <= current.asOf),
  );
}

export interface StatusChange {
  clauseId: string;
  title: string;
  /** The clause period (a month, quarter or year key). */
  period: string;
  before: ClauseStatus | null;
  after: ClauseStatus;
}

export interface SnapshotDiff {
  records: { before: number; after: number };
  breaches: { before: number; after: number };
  /** Months the newer export adds. */
  newMonths: string[];
  /** Clause periods whose status changed (or that are new), oldest first. */
  statusChanges: StatusChange[];
  /** Clauses present now and not before (the agreement changed between imports). */
  newClauses: string[];
}

/** What changed from one measurement to the next (re-importing a newer export). */
export function diffResults(before: ComplianceResult, after: ComplianceResult): SnapshotDiff {
  const oldMonths = new Set(before.months.map((m) => m.month));
  const oldClauses = new Map(
    before.clauses.map((c) => [c.id, new Map(c.periods.map((p) => [p.period, p.status]))]),
  );
  const statusChanges: StatusChange[] = [];
  const newClauses: string[] = [];
  for (const clause of after.clauses) {
    const old = oldClauses.get(clause.id);
    if (!old) {
      newClauses.push(clause.id);
      continue;
    }
    for (const p of clause.periods) {
      const prev = old.get(p.period) ?? null;
      if (prev !== p.status) {
        statusChanges.push({
          clauseId: clause.id,
          title: clause.title,
          period: p.period,
          before: prev,
          after: p.status,
        });
      }
    }
  }
  statusChanges.sort((a, b) => a.period.localeCompare(b.period));
  return {
    records: { before: before.records, after: after.records },
    breaches: { before: before.breaches.total, after: after.breaches.total },
    newMonths: after.months.map((m) => m.month).filter((m) => !oldMonths.has(m)),
    statusChanges,
    newClauses,
  };
}

/** Snapshots a workbook keeps; the oldest are dropped beyond this (the schema's limit). */
export const MAX_SNAPSHOTS = 200;

export interface SnapshotInput {
  id: string;
  now: Date;
  files: Snapshot['files'];
  /** Record field → column, as the import used it. */
  mapping?: Record<string, string | undefined>;
  preset?: string;
  result: ComplianceResult;
}

/** The summary of one import the workbook keeps: files, mapping, "as of" and the measured result. */
export function createSnapshot(input: SnapshotInput): Snapshot {
  const mapping = input.mapping
    ? Object.fromEntries(
        Object.entries(input.mapping).filter((e): e is [string, string] => typeof e[1] === 'string'),
      )
    : undefined;
  return {
    id: input.id,
    importedAt: input.now.toISOString(),
    asOf: input.result.asOf,
    files: input.files.slice(0, 10),
    ...(mapping ? { mapping } : {}),
    ...(input.preset ? { preset: input.preset } : {}),
    result: input.result,
  };
}

/** Appends a snapshot, dropping the oldest imports beyond MAX_SNAPSHOTS. */
export function addSnapshot(snapshots: readonly Snapshot[], snapshot: Snapshot): Snapshot[] {
  const next = [...snapshots, snapshot];
  return next.length > MAX_SNAPSHOTS ? next.slice(next.length - MAX_SNAPSHOTS) : next;
}
