import { describe, expect, it } from 'vitest';
import { measure } from '../../../src/shared/compliance/engine';
import { suggestMapping } from '../../../src/shared/import/presets';
import type { ClauseResult } from '../../../src/shared/workbook/schema';
import { AS_OF, STAGES, capacity, dealSize, load, plan, revenue, workbook } from './revenue-capacity-fixture';

/*
 * Revenue and deal size, and sales capacity, on test/fixtures/revenue-capacity (README there): 36
 * HubSpot contacts in Madrid, MQLs from 5 January to 7 April 2026 handed to three reps, seven won, one
 * of them without an amount. Every figure below is worked out from the file in the comments.
 *
 * MQLs per rep (hubspot-contacts.csv, "Contact owner"):
 *            Laura Gil  Marc Soler  Nuria Vidal  (none)  all
 *   2026-01      5          3           2          1      11
 *   2026-02      4          4           1          0       9
 *   2026-03      2          6           5          0      13
 *   2026-04      1          2           0          0       3   (up to the 7th)
 * Won ("Became a Customer Date", "Amount"): Jan 20 12 000, Jan 28 8 000; Feb 10 15 000, Feb 18 9 500.00,
 * Feb 28 (no amount); Mar 25 30 000; Apr 9 5 000. Three contacts were created in December 2025.
 */
/** Period → [status, actual, count, breaches, target, onTrack or reason]. */
function periods(c: ClauseResult) {
  return Object.fromEntries(
    c.periods.map((p) => [
      p.period,
      [p.status, p.actual, p.count, p.breaches, p.target, p.reason ?? p.onTrack ?? null],
    ]),
  );
}

describe('revenue and deal size', () => {
  it('sums and averages the amounts won each month against the fixed targets, in the workbook currency', async () => {
    const records = await load(['hubspot-contacts.csv']);
    const r = measure(workbook([revenue(), dealSize()]), records, { asOf: Date.parse(AS_OF) });
    const [rev, deal] = r.clauses;
    expect(rev).toMatchObject({ unit: 'money', currency: 'EUR', targetFrom: 'fixed' });
    expect(periods(rev!)).toEqual({
      // Contacts were created in December, nobody won: no revenue is a figure, and it misses.
      '2025-12': ['missed', 0, 0, 0, 25_000, null],
      // 12 000 + 8 000.
      '2026-01': ['missed', 20_000, 2, 0, 25_000, null],
      // 15 000 + 9 500; the third deal has no amount and is left out.
      '2026-02': ['missed', 24_500, 2, 0, 25_000, null],
      '2026-03': ['met', 30_000, 1, 0, 25_000, null],
      // 5 000 so far, against 25 000 × 350 / 720 = 12 152.78 due by now: behind.
      '2026-04': ['in-progress', 5_000, 1, 0, 25_000, false],
    });
    expect(periods(deal!)).toEqual({
      // No deal to average: not measurable rather than a miss.
      '2025-12': ['not-measurable', null, 0, 0, 10_000, 'noRecords'],
      // (12 000 + 8 000) / 2 = 10 000 meets an average of at least 10 000.
      '2026-01': ['met', 10_000, 2, 0, 10_000, null],
      // (15 000 + 9 500) / 2.
      '2026-02': ['met', 12_250, 2, 0, 10_000, null],
      '2026-03': ['met', 30_000, 1, 0, 10_000, null],
      '2026-04': ['in-progress', 5_000, 1, 0, 10_000, false],
    });
    // Revenue per owner: Laura 12 000 + 8 000 + 30 000 + 5 000, Marc 15 000, Nuria 9 500.
    expect(rev!.byOwner.map((s) => [s.key, s.count, s.actual])).toEqual([
      ['Laura Gil', 4, 55_000],
      ['Marc Soler', 1, 15_000],
      ['Nuria Vidal', 1, 9_500],
    ]);
  });

  it('judges a quarter on the sum of its months, and its average over all its deals', async () => {
    const records = await load(['hubspot-contacts.csv']);
    const r = measure(
      workbook([revenue({ period: 'quarter', target: 75_000 }), dealSize({ period: 'quarter' })]),
      records,
      { asOf: Date.parse(AS_OF) },
    );
    const q1 = r.clauses.map((c) => c.periods.find((p) => p.period === '2026-Q1'));
    // 20 000 + 24 500 + 30 000 = 74 500: 500 short. Average 74 500 / 5 = 14 900.
    expect(q1.map((p) => [p?.status, p?.actual, p?.count])).toEqual([
      ['missed', 74_500, 5],
      ['met', 14_900, 5],
    ]);
    // A quarterly revenue target has no monthly share: the months show progress to date.
    const march = r.clauses[0]!.months.find((m) => m.month === '2026-03');
    expect([march?.target, march?.toDate]).toEqual([null, 74_500]);
  });

  it('takes the plan of record’s monthly revenue and deal size as targets', async () => {
    const records = await load(['hubspot-contacts.csv']);
    const r = measure(
      workbook([revenue({ targetFrom: 'plan' }), dealSize({ targetFrom: 'plan', target: 1 })], plan),
      records,
      { asOf: Date.parse(AS_OF) },
    );
    const [rev, deal] = r.clauses;
    expect(rev!.planSpan).toEqual({ from: '2026-01', to: '2026-12' });
    expect(periods(rev!)).toEqual({
      // The plan starts in January 2026.
      '2025-12': ['not-measurable', 0, 0, 0, null, 'outsidePlan'],
      '2026-01': ['met', 20_000, 2, 0, 10_000, null],
      '2026-02': ['met', 24_500, 2, 0, 10_000, null],
      '2026-03': ['met', 30_000, 1, 0, 10_000, null],
      // 5 000 against 10 000 × 350 / 720 = 4 861.11 due by now: on track.
      '2026-04': ['in-progress', 5_000, 1, 0, 10_000, true],
    });
    // The plan's 10 000 a deal, not the clause's own 1.
    expect(deal!.periods.map((p) => p.target)).toEqual([null, 10_000, 10_000, 10_000, 10_000]);
  });

  it('says which column is missing, and judges no month outside the deals export', async () => {
    const noAmount = await load(['hubspot-contacts.csv'], (m) => delete m.amount);
    const r = measure(workbook([revenue()]), noAmount, { asOf: Date.parse(AS_OF) });
    expect(r.clauses[0]).toMatchObject({ reason: 'noAmountColumn', unit: 'money' });

    // The won deals from a deals export taken at the end of February (close dates, no times),
    // joined onto the contacts by "Associated Contact IDs".
    const joined = await load(
      ['hubspot-contacts.csv', 'hubspot-deals-closed-won.csv'],
      (m) => {
        m['stage:customer'] = '1:Close Date';
        m.amount = '1:Amount';
      },
      { sourceIndex: 1, leftColumn: 'Record ID', rightColumn: 'Associated Contact IDs' },
    );
    const j = measure(workbook([revenue()]), joined).clauses[0]!;
    expect(periods(j)).toEqual({
      // Before the first deal the export holds (20 January): nothing can be told.
      '2025-12': ['not-measurable', 0, 0, 0, 25_000, 'outsideCoverage'],
      '2026-01': ['missed', 20_000, 2, 0, 25_000, null],
      '2026-02': ['missed', 24_500, 2, 0, 25_000, null],
      // The deals export ends on 28 February: March's and April's deals are not in it.
      '2026-03': ['not-measurable', 0, 0, 0, 25_000, 'outsideCoverage'],
      '2026-04': ['not-measurable', 0, 0, 0, 25_000, 'outsideCoverage'],
    });
  });
});

describe('sales capacity', () => {
  it('finds the reps handed more MQLs in a month than they can work', async () => {
    const records = await load(['hubspot-contacts.csv']);
    const r = measure(workbook([capacity()]), records, { asOf: Date.parse(AS_OF) });
    const c = r.clauses[0]!;
    expect(c.unit).toBe('count');
    // actual: the most MQLs one rep got in the month; breaches: the reps over 4 that month.
    expect(periods(c)).toEqual({
      '2025-12': ['not-measurable', null, 0, 0, 4, 'noRecords'],
      // Laura got 5.
      '2026-01': ['missed', 5, 11, 1, 4, null],
      '2026-02': ['met', 4, 9, 0, 4, null],
      // Marc got 6, Nuria 5.
      '2026-03': ['missed', 6, 13, 2, 4, null],
      '2026-04': ['in-progress', 2, 3, 0, 4, true],
    });
    expect(c.overCapacity).toEqual([
      { month: '2026-01', owner: 'Laura Gil', count: 5, capacity: 4 },
      { month: '2026-03', owner: 'Marc Soler', count: 6, capacity: 4 },
      { month: '2026-03', owner: 'Nuria Vidal', count: 5, capacity: 4 },
    ]);
    // Per rep: MQLs in all, the busiest month, the months over. The unassigned MQL is no rep's load.
    expect(c.byOwner.map((s) => [s.key, s.count, s.actual, s.breaches])).toEqual([
      ['Marc Soler', 15, 6, 1],
      ['Laura Gil', 12, 5, 1],
      ['Nuria Vidal', 8, 5, 1],
      ['', 1, null, 0],
    ]);
    expect(c.streaks.current).toBe(1);
  });

  it('judges a quarter on its busiest rep-month, and a rep already over capacity is off track', async () => {
    const records = await load(['hubspot-contacts.csv']);
    const q = measure(workbook([capacity({ period: 'quarter' })]), records, { asOf: Date.parse(AS_OF) });
    expect(periods(q.clauses[0]!)['2026-Q1']).toEqual(['missed', 6, 33, 3, 4, null]);
    // Capacity 1: Marc got 2 in April's first week, over already (Laura's 1 fits).
    const tight = measure(workbook([capacity({ perRep: 1 })]), records, { asOf: Date.parse(AS_OF) });
    expect(periods(tight.clauses[0]!)['2026-04']).toEqual(['in-progress', 2, 3, 1, 1, false]);
  });

  it('takes the plan of record’s leads per rep, and needs an owner column', async () => {
    const records = await load(['hubspot-contacts.csv']);
    const c = measure(workbook([capacity({ targetFrom: 'plan' })], plan), records, {
      asOf: Date.parse(AS_OF),
    }).clauses[0]!;
    // 5 a month: Laura's 5 in January fit; Marc's 6 in March do not.
    expect(c.periods.map((p) => [p.period, p.status, p.target])).toEqual([
      ['2025-12', 'not-measurable', null],
      ['2026-01', 'met', 5],
      ['2026-02', 'met', 5],
      ['2026-03', 'missed', 5],
      ['2026-04', 'in-progress', 5],
    ]);
    expect(c.overCapacity).toEqual([{ month: '2026-03', owner: 'Marc Soler', count: 6, capacity: 5 }]);

    const noOwner = await load(['hubspot-contacts.csv'], (m) => delete m.owner);
    const r = measure(workbook([capacity()]), noOwner, { asOf: Date.parse(AS_OF) });
    expect(r.clauses[0]).toMatchObject({ reason: 'noOwnerColumn' });
  });
});

describe('presets', () => {
  it('map the amount and owner columns of each CRM', () => {
    const suggest = (hs: string[]) => suggestMapping([hs], STAGES);
    expect(suggest(['Deal - ID', 'Deal - Title', 'Owner', 'Value', 'Won time'])).toMatchObject({
      presetId: 'pipedrive',
      mapping: { owner: '0:Owner', amount: '0:Value', 'stage:customer': '0:Won time' },
    });
    expect(suggest(['Deal - ID', 'Deal value', 'Deal - Owner'])).toMatchObject({
      mapping: { owner: '0:Deal - Owner', amount: '0:Deal value' },
    });
    expect(suggest(['Lead ID', 'Owner Name', 'Lead Status', 'Created Date', 'Amount'])).toMatchObject({
      presetId: 'salesforce',
      mapping: { owner: '0:Owner Name', amount: '0:Amount' },
    });
    expect(suggest(['Record ID', 'Create Date', 'HubSpot Owner', 'Amount'])).toMatchObject({
      presetId: 'hubspot',
      mapping: { owner: '0:HubSpot Owner', amount: '0:Amount' },
    });
    expect(suggest(['Record Id', 'Created Time', 'Lead Owner', 'Amount', 'Lead Source'])).toMatchObject({
      presetId: 'zoho',
      mapping: { owner: '0:Lead Owner', amount: '0:Amount' },
    });
  });
});
