/**
 * The measured months are bounded: whatever dates reach the engine (the importer sets implausible ones
 * aside, but a record set can be built otherwise), a measurement spans at most the 1,200 months the
 * workbook schema keeps per clause, the latest ones — so it always fits in a workbook that saves.
 */
import { describe, expect, it } from 'vitest';
import { measure } from '../../../src/shared/compliance/engine';
import { MAX_MEASURED_MONTHS, measuredMonths } from '../../../src/shared/compliance/months';
import { createSnapshot, addSnapshot } from '../../../src/shared/compliance/snapshot';
import { createFromTemplate } from '../../../src/shared/workbook/templates';
import { ComplianceResult, Workbook } from '../../../src/shared/workbook/schema';
import { recordSet } from './records';

const NOW = new Date('2026-05-04T12:00:00Z');

describe('the measured months', () => {
  it('run from the earliest entry to "as of" when the span is ordinary', () => {
    const records = recordSet(
      [
        { id: 'a', stages: { mql: '2025-11-03T09:00:00Z' } },
        { id: 'b', stages: { mql: '2026-04-25T11:48:00Z' } },
      ],
      { asOf: '2026-04-25T11:48:00Z', stageColumns: ['mql'] },
    );
    const months = measuredMonths(records, records.asOf, 'UTC');
    expect(months.labels).toEqual(['2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04']);
  });

  it('keep the latest 1,200 when a 1900-01-01 placeholder reaches the engine', () => {
    const records = recordSet(
      [
        { id: 'placeholder', stages: { mql: '1900-01-01T00:00:00Z' } },
        { id: 'real', stages: { mql: '2026-04-02T10:00:00Z' } },
      ],
      { asOf: '2026-04-25T11:48:00Z', stageColumns: ['mql'] },
    );
    const months = measuredMonths(records, records.asOf, 'Europe/Madrid');
    expect(months.length).toBe(MAX_MEASURED_MONTHS);
    // 1,200 months back from April 2026, April included: May 1926.
    expect(months.labels[0]).toBe('1926-05');
    expect(months.labels.at(-1)).toBe('2026-04');
  });

  it('a measurement as of year 9999, from a 0001 entry, stays within the schema and saves in a workbook', () => {
    const workbook = createFromTemplate('b2b', 'en', NOW);
    const stage = workbook.stages[1]!.id;
    const records = recordSet(
      [
        { id: 'one', stages: { [stage]: '0001-01-01T00:00:00Z' } },
        { id: 'two', stages: { [stage]: '2026-01-05T09:00:00Z' } },
      ],
      { asOf: '9999-12-31T00:00:00Z', stageColumns: [stage] },
    );
    const result = measure(workbook, records);
    expect(ComplianceResult.safeParse(result).success).toBe(true);
    for (const c of result.clauses) expect(c.months.length).toBeLessThanOrEqual(MAX_MEASURED_MONTHS);
    const snapshot = createSnapshot({ id: 's1', now: NOW, files: [], mapping: {}, result });
    const next = {
      ...workbook,
      imports: { ...workbook.imports, snapshots: addSnapshot(workbook.imports.snapshots, snapshot) },
    };
    const parsed = Workbook.safeParse(next);
    expect(parsed.success ? 'valid' : parsed.error.issues[0]?.path.join('.')).toBe('valid');
  });
});
