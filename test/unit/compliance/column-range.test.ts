/**
 * A column's range is worked out once and then reused (coverage.ts): the coverage of a measurement
 * "as of" an earlier instant still counts only what came before it, and the measured months still
 * start at the earliest entry of any stage.
 */
import { describe, expect, it } from 'vitest';
import { sourceSpans } from '../../../src/shared/compliance/coverage';
import { measuredMonths } from '../../../src/shared/compliance/months';
import { recordSet } from './records';

describe('column ranges', () => {
  const records = recordSet(
    [
      { id: 'a', stages: { mql: '2025-11-03T09:00:00Z', sql: '2026-02-10T09:00:00Z' } },
      { id: 'b', stages: { mql: '2026-01-15T11:00:00Z' } },
      { id: 'c', stages: { mql: '2026-04-25T11:48:00Z', sql: '2026-04-20T08:00:00Z' } },
      { id: 'd', stages: {} },
    ],
    { asOf: '2026-04-25T11:48:00Z', stageColumns: ['mql', 'sql'] },
  );
  const column = (given: number, field: string) =>
    sourceSpans(records, given, 'UTC')[0]!.columns.find((c) => c.field === field)!;

  it('give the whole column when nothing lies after "as of", and only what precedes a given one', () => {
    expect(column(NaN, 'stage:mql')).toEqual({
      field: 'stage:mql',
      first: Date.parse('2025-11-03T09:00:00Z'),
      last: Date.parse('2026-04-25T11:48:00Z'),
      count: 3,
    });
    // The whole-column range is known now; an earlier "as of" still cuts the column.
    const given = Date.parse('2026-02-01T00:00:00Z');
    expect(column(given, 'stage:mql')).toEqual({
      field: 'stage:mql',
      first: Date.parse('2025-11-03T09:00:00Z'),
      last: Date.parse('2026-01-15T11:00:00Z'),
      count: 2,
    });
    expect(column(given, 'stage:sql')).toEqual({ field: 'stage:sql', first: NaN, last: NaN, count: 0 });
    expect(column(NaN, 'stage:sql').count).toBe(2);
  });

  it('start the measured months at the earliest entry of any stage, whichever column holds it', () => {
    const later = recordSet(
      [
        { id: 'a', stages: { mql: '2026-03-03T09:00:00Z', sql: '2025-12-31T23:00:00Z' } },
        { id: 'b', stages: { mql: '2026-01-15T11:00:00Z' } },
      ],
      { asOf: '2026-04-25T11:48:00Z', stageColumns: ['mql', 'sql'] },
    );
    expect(measuredMonths(later, later.asOf, 'UTC').labels[0]).toBe('2025-12');
    expect(measuredMonths(records, records.asOf, 'UTC').labels[0]).toBe('2025-11');
  });
});
