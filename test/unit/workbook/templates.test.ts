import { planScenario } from '../../../src/shared/funnel/plan';
import { describe, expect, it } from 'vitest';
import { Workbook, clauseTypes } from '../../../src/shared/workbook/schema';
import { createFromTemplate, templateNames } from '../../../src/shared/workbook/templates';
import { spainHolidays, usHolidays } from '../../../src/shared/workbook/templates/holidays';
import { parseWorkbook, serializeWorkbook } from '../../../src/shared/workbook/document';

const now = new Date('2026-03-02T10:00:00Z');

describe('templates', () => {
  for (const name of templateNames) {
    for (const lang of ['es', 'en'] as const) {
      it(`${name}/${lang} passes the workbook schema and survives a save/reopen`, () => {
        const doc = createFromTemplate(name, lang, now);
        expect(Workbook.safeParse(doc).success).toBe(true);
        expect(doc.meta.language).toBe(lang);
        const reopened = parseWorkbook(serializeWorkbook(doc), 'x.pacto');
        expect(reopened.ok && reopened.value.doc).toEqual(doc);
      });
    }
  }

  it('gives the Spanish example a Madrid calendar in euros and the English one New York in dollars', () => {
    const es = createFromTemplate('b2b', 'es', now);
    const en = createFromTemplate('b2b', 'en', now);
    expect([es.calendar.timeZone, es.meta.currency]).toEqual(['Europe/Madrid', 'EUR']);
    expect([en.calendar.timeZone, en.meta.currency]).toEqual(['America/New_York', 'USD']);
    expect(es.stages.map((s) => s.name)).toEqual(['Visita', 'Lead', 'MQL', 'SQL', 'Oportunidad', 'Cliente']);
    expect(es.clauses[0]?.title).toMatch(/400 MQL/);
  });

  for (const lang of ['es', 'en'] as const) {
    it(`b2b/${lang} is complete and internally consistent`, () => {
      const doc = createFromTemplate('b2b', lang, now);
      const teamIds = new Set(doc.parties.teams.map((t) => t.id));
      const stageIds = new Set(doc.stages.map((s) => s.id));
      expect(doc.parties.teams.length).toBeGreaterThanOrEqual(3);
      expect(doc.parties.raci).toHaveLength(6);
      // Every RACI row has exactly one accountable team.
      for (const row of doc.parties.raci)
        expect(Object.values(row.roles).filter((r) => r === 'A')).toHaveLength(1);
      expect(doc.personas.length).toBeGreaterThanOrEqual(2);
      expect(doc.stages).toHaveLength(6);
      for (const s of doc.stages) {
        expect(s.definition && s.entryCriteria && s.exitCriteria).toBeTruthy();
        expect(teamIds.has(s.ownerTeamId)).toBe(true);
      }
      expect(doc.scoring.criteria.length).toBeGreaterThanOrEqual(8);
      expect(new Set(doc.clauses.map((c) => c.type))).toEqual(new Set(clauseTypes));
      for (const c of doc.clauses) {
        expect(teamIds.has(c.ownerTeamId)).toBe(true);
        for (const key of ['stageId', 'acceptStageId', 'fromStageId', 'toStageId'] as const) {
          if (key in c) expect(stageIds.has((c as Record<string, unknown>)[key] as string)).toBe(true);
        }
      }
      expect(doc.playbook).toHaveLength(3);
      expect(doc.feedback.meetings.length).toBeGreaterThanOrEqual(2);
      // Ids are unique across the whole document's lists.
      const ids = [...doc.clauses, ...doc.personas, ...doc.parties.teams, ...doc.scoring.criteria].map(
        (x) => x.id,
      );
      expect(new Set(ids).size).toBe(ids.length);
    });

    it(`b2b/${lang} plan of record follows the stages and is covered by the MQL clause and SDR capacity`, () => {
      const doc = createFromTemplate('b2b', lang, now);
      const plan = doc.scenarios.items[0]!;
      expect(doc.scenarios.planOfRecordId).toBe(plan.id);
      expect(plan.transitions.map((t) => [t.fromStageId, t.toStageId])).toEqual(
        doc.stages.slice(0, -1).map((s, i) => [s.id, doc.stages[i + 1]!.id]),
      );
      expect(plan.seasonality!.reduce((a, b) => a + b, 0)).toBe(100);
      // Worked by hand: 1,200,000 / 12,000 = 100 customers; / 0.25 / 0.35 / 0.25 = 4,571.4 MQLs a year = 381 a month.
      const rate = (from: string) => plan.transitions.find((t) => t.fromStageId === from)!.rate;
      const mqlPerMonth =
        plan.goal! / plan.avgDealSize! / rate('opportunity') / rate('sql') / rate('mql') / 12;
      expect(mqlPerMonth).toBeCloseTo(380.95, 1);
      const volume = doc.clauses.find((c) => c.type === 'volume' && !c.channel);
      expect(volume?.type === 'volume' && volume.target).toBe(400);
      // The plan opens without warnings: capacity (5 × 115 = 575) covers the busiest month's hand-over
      // (seasonality 12 % in December and the lags put ≈ 550 MQLs in October) and the top of funnel feeds it.
      const outcome = planScenario(doc.stages, plan);
      expect(outcome.ok).toBe(true);
      if (!outcome.ok) return;
      expect(outcome.plan.warnings).toEqual([]);
      const mqlPeak = Math.max(...outcome.plan.stages.find((s) => s.stageId === 'mql')!.volumes);
      expect(mqlPeak).toBeGreaterThan(500);
      expect(plan.capacity.reps * plan.capacity.leadsPerRep).toBeGreaterThanOrEqual(mqlPeak);
    });
  }

  it('starts the review six months out and lists holidays for this year and next', () => {
    const doc = createFromTemplate('b2b', 'es', now);
    expect(doc.review.reviewDate).toBe('2026-08-31');
    expect(doc.calendar.holidays).toContain('2026-04-03');
    expect(doc.calendar.holidays).toContain('2027-03-26');
  });
});

describe('holidays', () => {
  it('Spain 2026: Maundy Thursday 2 April and Good Friday 3 April (Easter is 5 April)', () => {
    expect(spainHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-01-06',
      '2026-04-02',
      '2026-04-03',
      '2026-05-01',
      '2026-08-15',
      '2026-10-12',
      '2026-11-01',
      '2026-12-06',
      '2026-12-08',
      '2026-12-25',
    ]);
  });
  it('US 2026, with Independence Day (a Saturday) observed on Friday 3 July', () => {
    expect(usHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-01-19',
      '2026-02-16',
      '2026-05-25',
      '2026-06-19',
      '2026-07-03',
      '2026-09-07',
      '2026-11-26',
      '2026-11-27',
      '2026-12-25',
    ]);
  });
  it('US 2027: New Year on a Friday, Juneteenth (Saturday) observed Friday 18 June, Christmas (Saturday) on the 24th', () => {
    const h = usHolidays(2027);
    expect(h).toContain('2027-06-18');
    expect(h).toContain('2027-12-24');
    expect(h).toContain('2027-11-25');
    expect(h).toContain('2027-05-31');
  });
});
