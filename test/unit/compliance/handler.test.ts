import { describe, expect, it } from 'vitest';
import { createComplianceHandlers } from '../../../src/main/handlers/compliance';
import { newSession } from '../../../src/main/handlers/types';
import { importState } from '../../../src/main/import/session-imports';
import { records, workbook } from './fixture';

const emptyReport = {
  rowsRead: 9,
  rowsUsed: 9,
  skipped: {},
  duplicateIds: { count: 0, examples: [] },
  raggedRows: { count: 0, examples: [] },
  unparsed: {},
  unmappedColumns: [],
  dateOrders: {},
  implausibleDates: {},
  dateWindow: { from: '1990-01-01T00:00:00.000Z', to: '2027-03-31T00:00:00.000Z' },
  invalidBytes: 0,
};

describe('complianceMeasure handler', () => {
  const handlers = createComplianceHandlers();
  const ctx = () => {
    const session = newSession();
    importState(session).last = { id: 'imp1', outcome: { records, report: emptyReport, files: [] } };
    return { session, emit: () => undefined };
  };

  it('measures the records of the named import against the document sent', async () => {
    const r = await handlers.complianceMeasure({ importId: 'imp1', doc: workbook() }, ctx());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.records).toBe(9);
    expect(r.value.clauses.find((c) => c.id === 'vol')?.months.map((m) => m.actual)).toEqual([4, 2, 2, 1]);
  });

  it('refuses an import that is no longer held, and a document that is not a workbook', async () => {
    const gone = await handlers.complianceMeasure({ importId: 'other', doc: workbook() }, ctx());
    expect(gone).toEqual({ ok: false, error: { code: 'compliance:errors.importGone' } });
    const bad = await handlers.complianceMeasure({ importId: 'imp1', doc: { kind: 'x' } }, ctx());
    expect(bad.ok ? '' : bad.error.code).toBe('file.invalid');
  });
});
