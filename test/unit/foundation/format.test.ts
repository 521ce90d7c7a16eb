import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatCurrency,
  formatMonth,
  formatNumber,
  formatPercent,
} from '../../../src/shared/format';
import { periodText, type Translate } from '../../../src/shared/compliance/words';
import { createI18n } from '../../../src/shared/i18n';

describe('formatDate', () => {
  // West of Greenwich a date-only string parsed as UTC midnight is the previous evening locally.
  const savedTz = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'America/Los_Angeles';
  });
  afterAll(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it('shows a date-only string as that day on a machine west of Greenwich', () => {
    // The setting takes effect: read naively, the day before is what this machine would show.
    expect(new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(new Date('2026-03-01'))).toBe(
      'Feb 28, 2026',
    );
    expect(formatDate('2026-03-01', 'en')).toBe('Mar 1, 2026');
    expect(formatDate('2026-03-01', 'es')).toBe('1 mar 2026');
    expect(formatDate('2026-12-31', 'es', { style: 'long' })).toBe('31 de diciembre de 2026');
    expect(formatDate('2026-01-01', 'en', { timeZone: 'Pacific/Kiritimati', style: 'long' })).toBe(
      'January 1, 2026',
    );
  });

  it("reads an instant's day in the zone it is given, else this machine's", () => {
    const instant = '2018-06-01T02:30:00Z';
    expect(formatDate(instant, 'en', { timeZone: 'UTC' })).toBe('Jun 1, 2018');
    expect(formatDate(instant, 'es', { timeZone: 'America/Sao_Paulo', style: 'long' })).toBe(
      '31 de mayo de 2018',
    );
    expect(formatDate(instant, 'en')).toBe('May 31, 2018');
  });

  it('writes a dash for nothing and the text itself for what is not a date or a zone', () => {
    expect(formatDate(null, 'es')).toBe('—');
    expect(formatDate('', 'en')).toBe('—');
    expect(formatDate('pronto', 'es')).toBe('pronto');
    expect(formatDateTime('2018-06-01T00:00:00Z', 'en', 'Europe/Mad')).toBe('2018-06-01T00:00:00Z');
  });
});

describe('formatDateTime', () => {
  it('writes 24-hour time in the given zone, in each language', () => {
    expect(formatDateTime('2018-11-14T21:04:00Z', 'en', 'America/Sao_Paulo')).toBe('Nov 14, 2018, 19:04');
    expect(formatDateTime('2018-11-14T21:04:00Z', 'es', 'Europe/Madrid')).toBe('14 nov 2018, 22:04');
  });
});

describe('formatMonth', () => {
  it('writes a month key or a { year, month } short with the year, or long alone', () => {
    expect(formatMonth('2026-03', 'en')).toBe('Mar 2026');
    expect(formatMonth('2026-03', 'es')).toBe('mar 2026');
    expect(formatMonth({ year: 2025, month: 12 }, 'en')).toBe('Dec 2025');
    expect(formatMonth({ year: 2001, month: 9 }, 'es', { style: 'long', year: false })).toBe('septiembre');
    expect(formatMonth({ year: 2001, month: 1 }, 'en', { year: false })).toBe('Jan');
  });
});

describe('numbers', () => {
  it('writes numbers (thousands always grouped), shares and money in each language, never NaN', () => {
    expect(formatNumber(1234.56, 'es', 1)).toBe('1.234,6');
    expect(formatNumber(12345.6, 'es')).toBe('12.346');
    expect(formatNumber(1234.56, 'en', 1)).toBe('1,234.6');
    expect(formatPercent(0.125, 'es')).toBe('12,5\u00a0%');
    expect(formatPercent(0.125, 'en', 0)).toBe('13%');
    expect(formatCurrency(1_200_000, 'EUR', 'es')).toBe('1.200.000\u00a0€');
    expect(formatCurrency(1_200_000, 'USD', 'en')).toBe('$1,200,000');
    expect(formatNumber(Number.NaN, 'en')).toBe('—');
    expect(formatPercent(null, 'es')).toBe('—');
    expect(formatCurrency(Number.POSITIVE_INFINITY, 'EUR', 'es')).toBe('—');
  });
});

describe('periodText', () => {
  it('says a month in words when given a language, keeps the sortable key without one', () => {
    const en = createI18n('en').t as Translate;
    const es = createI18n('es').t as Translate;
    expect(periodText(en, '2018-10', 1, 'en')).toBe('Oct 2018');
    expect(periodText(es, '2018-09', 1, 'es')).toBe('sept 2018');
    expect(periodText(en, '2018-10')).toBe('2018-10');
    // Quarters and years read the same either way; a fiscal calendar names its fiscal year.
    expect(periodText(es, '2026-Q1', 1, 'es')).toBe('1T 2026');
    expect(periodText(en, '2026-Q1', 7, 'en')).toBe('Q1 FY2026');
    expect(periodText(en, '2026', 1, 'en')).toBe('2026');
  });
});
