import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { measure } from '../../../src/shared/compliance/engine';
import { blankWorkbook } from '../../../src/shared/workbook/blank';
import { DEFAULT_TOUCH_RULE, type Clause, type Period } from '../../../src/shared/workbook/schema';
import { recordSet, type Row } from './records';

/*
 * Property (issue #12): no verdict ever says `missed` — nor `met` — for a period that has not ended,
 * whose records are still within their window, or that lies outside the coverage of the files the
 * clause reads: the period must have ended within the files that put records in it (the MQL file;
 * for velocity the customer file too), and start before any file it reads has ended (outcomes seen
 * in a file that ended later are final only when decided: no record may be pending). Period ends are
 * computed here from the period's last month, independently of the engine's period index.
 */
const DAY = 86_400_000;
const BASE = Date.parse('2025-01-01T00:00:00Z');
const ZONES = ['Europe/Madrid', 'America/Sao_Paulo', 'America/New_York', 'UTC'];

const base = { title: 't', ownerTeamId: '', consequence: '', status: 'agreed' as const, comments: [] };
function clausesFor(period: Period, k: number): Clause[] {
  return [
    { ...base, id: `vol${k}`, period, type: 'volume', stageId: 'mql', target: 3, targetFrom: 'fixed' },
    {
      ...base,
      id: `resp${k}`,
      period,
      type: 'responseTime',
      stageId: 'mql',
      limitHours: 8,
      hours: 'business',
      targetShare: 0.6,
      touches: DEFAULT_TOUCH_RULE,
    },
    {
      ...base,
      id: `conv${k}`,
      period,
      type: 'conversion',
      fromStageId: 'mql',
      toStageId: 'customer',
      targetRate: 0.3,
      windowDays: 45,
    },
    {
      ...base,
      id: `vel${k}`,
      period,
      type: 'velocity',
      fromStageId: 'mql',
      toStageId: 'customer',
      targetDays: 30,
    },
  ];
}

const row = fc.record({
  mql: fc.integer({ min: 0, max: 500 * 24 * 60 }),
  touch: fc.option(fc.integer({ min: -3 * 24 * 60, max: 20 * 24 * 60 }), { nil: undefined }),
  won: fc.option(fc.integer({ min: 0, max: 120 * 24 * 60 }), { nil: undefined }),
  channel: fc.constantFrom('a', 'b', undefined),
});

const scenario = fc.record({
  zone: fc.constantFrom(...ZONES),
  fiscal: fc.integer({ min: 1, max: 12 }),
  rows: fc.array(row, { minLength: 1, maxLength: 40 }),
  // Split into a leads file and a deals file (ending at a cut-off), or one file.
  split: fc.boolean(),
  dealsCut: fc.integer({ min: 0, max: 600 }),
  // A given "as of" (days after BASE), or taken from the data.
  asOf: fc.option(fc.integer({ min: 0, max: 650 }), { nil: undefined }),
  dates: fc.boolean(),
});

describe('verdicts are claims', () => {
  it('never met or missed for a period not over, still open, or outside the files read', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const iso = (minutes: number) => {
          const t = BASE + minutes * 60_000;
          // Bare dates: midnight in the export's zone.
          return new Date(
            s.dates ? DateTime.fromMillis(t, { zone: s.zone }).startOf('day').toMillis() : t,
          ).toISOString();
        };
        const rows: Row[] = s.rows.map((r, i) => {
          const won = r.won === undefined ? undefined : r.mql + r.won;
          const keepWon = won !== undefined && (!s.split || won <= s.dealsCut * 24 * 60);
          return {
            id: `r${i}`,
            stages: { mql: iso(r.mql), ...(keepWon ? { customer: iso(won) } : {}) },
            ...(r.touch === undefined ? {} : { firstTouch: iso(r.mql + r.touch) }),
            ...(r.channel ? { channel: r.channel } : {}),
          };
        });
        const wb = blankWorkbook('en', new Date(BASE), s.zone);
        wb.calendar.fiscalYearStartMonth = s.fiscal;
        wb.clauses = [...clausesFor('month', 0), ...clausesFor('quarter', 1), ...clausesFor('year', 2)];
        const records = recordSet(rows, {
          asOf: s.asOf === undefined ? null : new Date(BASE + s.asOf * DAY).toISOString(),
          stageColumns: ['mql', 'customer'],
          timeZone: s.zone,
          ...(s.split
            ? {
                sources: [
                  { name: 'leads.csv', fields: ['id', 'stage:mql', 'firstTouch', 'channel'] },
                  { name: 'deals.csv', fields: ['stage:customer'] },
                ],
              }
            : {}),
        });
        const result = measure(wb, records);
        const measuredAt = Date.parse(result.asOf);
        for (const c of result.clauses) {
          const asOfOf = (i: number) => Date.parse(result.sources[i]?.asOf ?? '1970-01-01T00:00:00Z');
          // Leads are file 0; customers are file 1 when split.
          const anchors = c.type === 'velocity' && s.split ? [0, 1] : [0];
          const anchorEnd = Math.min(...anchors.map(asOfOf));
          const filesEnd = Math.min(...c.sources.map(asOfOf));
          const filesStart = Math.min(
            ...c.sources.map((i) => Date.parse(result.sources[i]!.first ?? result.asOf)),
          );
          for (const p of c.periods) {
            if (p.status !== 'met' && p.status !== 'missed') continue;
            const start = DateTime.fromISO(`${p.from}-01`, { zone: s.zone }).toMillis();
            const end = DateTime.fromISO(`${p.to}-01`, { zone: s.zone }).plus({ months: 1 }).toMillis();
            const where = `${c.id} ${p.period} ${p.status}`;
            expect(end, where).toBeLessThanOrEqual(measuredAt);
            expect(end, where).toBeLessThanOrEqual(anchorEnd);
            expect(start, where).toBeLessThan(filesEnd);
            expect(end, where).toBeGreaterThan(filesStart);
            expect(p.pending, where).toBe(0);
          }
        }
      }),
      { numRuns: 80, seed: 20260412 },
    );
  }, 120_000);
});
