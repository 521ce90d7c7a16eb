import { describe, expect, it } from 'vitest';
import { staleTitleNumbers } from '../../../src/shared/workbook/clause-title';
import { validateWorkbook } from '../../../src/shared/workbook/validate';
import { clause, example } from './fixtures';

describe('a clause title that quotes numbers its terms no longer hold', () => {
  it('holds in both examples: every number the titles quote, in digits or words, is in the terms', () => {
    for (const lang of ['es', 'en'] as const)
      for (const c of example(lang).clauses) expect(staleTitleNumbers(c), c.title).toEqual([]);
  });

  it('a target edited from 400 to 450 leaves "400" in the title flagged, in the checklist too', () => {
    const doc = example('es');
    const volume = clause(doc, 'clause-mql-volume', 'volume');
    expect(volume.title).toBe('Marketing entrega 400 MQL al mes');
    volume.target = 450;
    expect(staleTitleNumbers(volume)).toEqual(['400']);
    const issue = validateWorkbook(doc).find((i) => i.code === 'clauseTitleStale');
    expect(issue).toMatchObject({
      severity: 'warning',
      itemId: 'clause-mql-volume',
      field: 'title',
      params: { numbers: '400' },
    });
    // The title brought up to date: nothing to flag.
    volume.title = 'Marketing entrega 450 MQL al mes';
    expect(validateWorkbook(doc).some((i) => i.code === 'clauseTitleStale')).toBe(false);
  });

  it('reads shares as percentages, numbers in words, and grouped thousands in either language', () => {
    const doc = example('en');
    const followUp = clause(doc, 'clause-follow-up', 'cadence');
    expect(followUp.title).toBe('Three follow-up touches on every MQL within five business days');
    followUp.minTouches = 4;
    expect(staleTitleNumbers(followUp)).toEqual(['Three']);

    const conversion = clause(doc, 'clause-mql-to-sql', 'conversion');
    conversion.targetRate = 0.3;
    expect(staleTitleNumbers(conversion)).toEqual(['25']);
    conversion.title = 'At least 30 % of MQLs become SQLs within 30 days';
    expect(staleTitleNumbers(conversion)).toEqual([]);

    const volume = clause(doc, 'clause-mql-volume', 'volume');
    volume.target = 1200;
    for (const title of ['1,200 MQLs a month', '1.200 MQL al mes', '1 200 MQL al mes'])
      expect(staleTitleNumbers({ ...volume, title }), title).toEqual([]);
    expect(staleTitleNumbers({ ...volume, title: '1,250 MQLs a month' })).toEqual(['1,250']);
  });

  it('has nothing to hold a qualitative clause or a target taken from the plan to', () => {
    const doc = example('en');
    const enablement = doc.clauses.find((c) => c.type === 'qualitative')!;
    expect(staleTitleNumbers({ ...enablement, title: 'Two playbooks a year' })).toEqual([]);
    const volume = clause(doc, 'clause-mql-volume', 'volume');
    expect(staleTitleNumbers({ ...volume, targetFrom: 'plan', target: 999 })).toEqual([]);
  });
});
