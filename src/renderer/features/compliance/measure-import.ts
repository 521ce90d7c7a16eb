import type { Draft } from 'immer';
import { addSnapshot, createSnapshot } from '../../../shared/compliance/snapshot';
import { ok, type Result } from '../../../shared/errors/result';
import type { ImportSummary } from '../../../shared/ipc/import';
import type { FieldMapping } from '../../../shared/import/types';
import { newId } from '../../../shared/workbook/ids';
import type { Snapshot, Workbook } from '../../../shared/workbook/schema';
import { call } from '../../api';
import { updateWorkbook, workbookStore } from '../../state/workbook-store';

/** Snapshot id → the import whose records main still holds, so the dashboard can recompute it. */
const heldImports = new Map<string, string>();

export const canRecompute = (snapshotId: string): boolean => heldImports.has(snapshotId);

/**
 * The last step of an import: measure the workbook's clauses against the records main holds and keep
 * the summary in the workbook as a snapshot (one undo step). The import wizard calls this.
 */
export async function measureImport(
  summary: ImportSummary,
  opts: { mapping?: FieldMapping | undefined; preset?: string | undefined },
): Promise<Result<Snapshot>> {
  const doc = workbookStore.getState().doc;
  if (!doc) return { ok: false, error: { code: 'ipc.internal', params: { detail: 'no workbook' } } };
  const measured = await call('complianceMeasure', { importId: summary.importId, doc });
  if (!measured.ok) return measured;
  const snapshot = createSnapshot({
    id: newId(),
    now: new Date(),
    files: summary.files,
    ...(opts.mapping ? { mapping: opts.mapping } : {}),
    ...(opts.preset ? { preset: opts.preset } : {}),
    result: measured.value,
  });
  updateWorkbook((d) => {
    d.imports.snapshots = addSnapshot(d.imports.snapshots as Snapshot[], snapshot) as Draft<Snapshot>[];
  });
  heldImports.set(snapshot.id, summary.importId);
  return ok(snapshot);
}

/** Re-measures a snapshot whose records are still held, with the clauses as they are now. */
export async function recomputeSnapshot(snapshotId: string): Promise<Result<null>> {
  const importId = heldImports.get(snapshotId);
  const doc: Workbook | null = workbookStore.getState().doc;
  if (!importId || !doc) return ok(null);
  const measured = await call('complianceMeasure', { importId, doc });
  if (!measured.ok) {
    heldImports.delete(snapshotId);
    return measured;
  }
  updateWorkbook((d) => {
    const s = d.imports.snapshots.find((x) => x.id === snapshotId);
    if (s) s.result = measured.value as Draft<Snapshot['result']>;
  });
  return ok(null);
}
