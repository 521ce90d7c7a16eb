/**
 * Dates outside a plausible window — CRM placeholders (1900-01-01), typos (9999-12-31, 0001-01-01) —
 * are set aside at import: missing in the records (so never measured), counted and listed in the
 * report with file, row and column, and never "as of". Expected rows and columns read off the fixtures
 * in test/fixtures/nasty/ by eye (see its README).
 */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/main/import/import-files';
import { DateKind, parseDateCell, plausibleWindow } from '../../../src/shared/import/dates';
import type { FieldMapping, ImportRequest } from '../../../src/shared/import/types';

const nasty = new URL('../../fixtures/nasty/', import.meta.url).pathname;
const NOW = Date.parse('2026-05-04T12:00:00Z');
const YEAR_1 = -62_135_596_800_000; // 0001-01-01T00:00:00Z, proleptic Gregorian (as ISO 8601 and JS count)

const HUBSPOT: FieldMapping = {
  id: 'Record ID',
  created: 'Create Date',
  owner: 'Contact owner',
  channel: 'Original Source',
  'stage:lead': 'Became a Lead Date',
  'stage:mql': 'Became a Marketing Qualified Lead Date',
  'stage:customer': 'Became a Customer Date',
};

async function run(file: string, extra: Partial<ImportRequest> = {}) {
  const r = await importFiles(
    { sources: [{ path: nasty + file }], mapping: HUBSPOT, timeZone: 'UTC', ...extra },
    { now: () => NOW },
  );
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('reading years 0001–0099', () => {
  it('year 0001 is year 1, not 1901 (Date.UTC maps 0–99 to 1900+)', () => {
    expect(parseDateCell('0001-01-01')).toEqual({ kind: DateKind.Wall, value: YEAR_1 });
    expect(parseDateCell('0001-01-01 00:00')).toEqual({ kind: DateKind.Wall, value: YEAR_1 });
    expect(new Date(parseDateCell('0099-12-31T23:59:00Z').value).toISOString()).toBe(
      '0099-12-31T23:59:00.000Z',
    );
    // Leap years still follow the Gregorian rule below 100: 0004 is a leap year, 0100 is not.
    expect(parseDateCell('0004-02-29').kind).toBe(DateKind.Wall);
    expect(parseDateCell('0100-02-29').kind).toBe(DateKind.Invalid);
  });
});

describe('the plausible window', () => {
  it('defaults to 1990-01-01 … the end of the day one year after "as of" (or now)', () => {
    expect(plausibleWindow({ now: NOW })).toEqual({
      from: Date.UTC(1990, 0, 1),
      to: Date.UTC(2027, 4, 5) - 1,
    });
    expect(plausibleWindow({ now: NOW, asOf: '2018-11-14T10:00:00Z' }).to).toBe(Date.UTC(2019, 10, 15) - 1);
    expect(
      plausibleWindow({ now: NOW, dateWindow: { from: '1980-01-01T00:00:00Z', to: '2030-01-01T00:00:00Z' } }),
    ).toEqual({ from: Date.UTC(1980, 0, 1), to: Date.UTC(2030, 0, 1) });
  });
});

describe('implausible dates at import', () => {
  it('a HubSpot export with one 1900-01-01 placeholder: the row is kept, its two dates set aside', async () => {
    const { records, report } = await run('placeholder-date-hubspot.csv');
    expect(report.rowsRead).toBe(38);
    expect(records.size).toBe(38); // the contact is kept: only its placeholder dates are dropped
    const at = [...records.ids].indexOf('201234567816');
    expect(records.created![at]).toBeNaN();
    expect(records.stageEntered.lead![at]).toBeNaN();
    expect(records.stageEntered.mql![at]).toBe(Date.UTC(2026, 0, 14, 15, 28));
    const example = (column: string) => ({
      file: 'placeholder-date-hubspot.csv',
      row: 18,
      column,
      value: '1900-01-01',
    });
    expect(report.implausibleDates).toEqual({
      created: { count: 1, examples: [example('Create Date')] },
      'stage:lead': { count: 1, examples: [example('Became a Lead Date')] },
    });
    expect(report.dateWindow).toEqual({ from: '1990-01-01T00:00:00.000Z', to: '2027-05-04T23:59:59.999Z' });
    // Nothing else is called unreadable, and "as of" is the latest real date (a customer on 25 April).
    expect(report.unparsed).toEqual({});
    expect(records.asOf).toBe(Date.UTC(2026, 3, 25, 11, 48));
    // No date left before November 2025: the measured months start with the data.
    let first = Infinity;
    for (const col of [records.created!, ...Object.values(records.stageEntered)])
      for (const t of col) if (t < first) first = t;
    expect(new Date(first).toISOString()).toBe('2025-11-03T09:00:00.000Z');
  });

  it('years 9999 and 0001 are set aside and listed, never "as of"', async () => {
    const { records, report } = await run('years-9999-0001.csv');
    expect(records.size).toBe(8);
    const file = 'years-9999-0001.csv';
    expect(report.implausibleDates).toEqual({
      created: { count: 1, examples: [{ file, row: 4, column: 'Create Date', value: '0001-01-01' }] },
      'stage:lead': {
        count: 1,
        examples: [{ file, row: 4, column: 'Became a Lead Date', value: '0001-01-01' }],
      },
      'stage:mql': {
        count: 1,
        examples: [
          { file, row: 3, column: 'Became a Marketing Qualified Lead Date', value: '9999-12-31 23:59' },
        ],
      },
      'stage:customer': {
        count: 1,
        examples: [{ file, row: 6, column: 'Became a Customer Date', value: '9999-12-31' }],
      },
    });
    expect(records.asOf).toBe(Date.UTC(2026, 2, 25, 9));
    for (const col of Object.values(records.stageEntered))
      for (const t of col)
        expect(Number.isNaN(t) || (t >= Date.UTC(2026, 0, 1) && t < Date.UTC(2026, 3, 1))).toBe(true);
  });

  it('the window follows a given "as of", and can be set explicitly', async () => {
    // As of 2024: a year later is 2025, so every 2026 date of the file is implausible too.
    const old = await run('years-9999-0001.csv', { asOf: '2024-06-30T00:00:00Z' });
    expect(old.report.implausibleDates.created?.count).toBe(8);
    expect(old.report.dateWindow.to).toBe('2025-06-30T23:59:59.999Z');
    // A window that admits year 1 (nobody should want it, but it is the user's call): 0001 is kept as year 1.
    const wide = await run('years-9999-0001.csv', {
      dateWindow: { from: '0001-01-01T00:00:00Z', to: '2026-12-31T00:00:00Z' },
    });
    expect(wide.report.implausibleDates.created).toBeUndefined();
    expect(wide.records.created![2]).toBe(YEAR_1);
    expect(wide.report.implausibleDates['stage:mql']?.count).toBe(1);
  });

  it('an "as of" outside the window is refused with the window in words, before anything is measured', async () => {
    for (const asOf of ['9999-12-31T00:00:00Z', '1900-01-01T00:00:00Z']) {
      const r = await importFiles(
        { sources: [{ path: nasty + 'years-9999-0001.csv' }], mapping: HUBSPOT, timeZone: 'UTC', asOf },
        { now: () => NOW },
      );
      expect(r).toEqual({
        ok: false,
        error: {
          code: 'import:errors.implausibleAsOf',
          params: { value: asOf, from: '1990-01-01', to: '2027-05-04' },
        },
      });
    }
  });
});
