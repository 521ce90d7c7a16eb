import { describe, expect, it } from 'vitest';
import { WorkingTime } from '../../../src/shared/compliance/business-calendar';
import type { BusinessCalendar } from '../../../src/shared/workbook/schema';

const H = 3_600_000;
const at = (iso: string): number => Date.parse(iso);
const iso = (ms: number): string => new Date(ms).toISOString();

// Madrid office hours, Mon–Fri 09:00–18:00. Offsets: CET = UTC+1, CEST = UTC+2 (from 2026-03-29 02:00).
const madrid: BusinessCalendar = {
  timeZone: 'Europe/Madrid',
  workingDays: [1, 2, 3, 4, 5],
  start: '09:00',
  end: '18:00',
  holidays: ['2025-12-25', '2026-01-01', '2026-01-06'],
  fiscalYearStartMonth: 1,
};

describe('WorkingTime, office hours', () => {
  const wt = new WorkingTime(madrid);

  it('a lead arriving Friday 17:30 with a 4-hour SLA is due Monday 12:30', () => {
    // Fri 2026-02-13 17:30 CET = 16:30Z: 0.5 h on Friday, 3.5 h from Monday 09:00 → 12:30 CET = 11:30Z.
    const due = wt.addBusiness(at('2026-02-13T16:30:00Z'), 4 * H);
    expect(iso(due)).toBe('2026-02-16T11:30:00.000Z');
    // Touched Monday 10:00 CET: 0.5 h + 1 h of working time.
    expect(wt.elapsed(at('2026-02-13T16:30:00Z'), at('2026-02-16T09:00:00Z'))).toBe(1.5 * H);
  });

  it('skips a holiday: Christmas Eve 16:00 + 4 h is due on the 26th at 11:00', () => {
    // Wed 24 Dec 16:00–18:00 = 2 h; Thu 25 is a holiday; Fri 26 09:00 + 2 h = 11:00 CET = 10:00Z.
    expect(iso(wt.addBusiness(at('2025-12-24T15:00:00Z'), 4 * H))).toBe('2025-12-26T10:00:00.000Z');
    // Whole of Thursday 25 counts nothing.
    expect(wt.elapsed(at('2025-12-24T23:00:00Z'), at('2025-12-25T22:00:00Z'))).toBe(0);
  });

  it('is DST-safe: a weekend across the spring-forward change adds no phantom hour', () => {
    // Fri 27 Mar 17:00 CET (16:00Z) → Mon 30 Mar 10:00 CEST (08:00Z): 1 h + 1 h.
    expect(wt.elapsed(at('2026-03-27T16:00:00Z'), at('2026-03-30T08:00:00Z'))).toBe(2 * H);
    // Friday closed at 18:00 CET (17:00Z); Monday's window opens at 09:00 CEST = 07:00Z.
    expect(iso(wt.addBusiness(at('2026-03-27T17:00:00Z'), 60_000))).toBe('2026-03-30T07:01:00.000Z');
  });

  it('counts nothing outside hours and is additive', () => {
    expect(wt.elapsed(at('2026-02-14T10:00:00Z'), at('2026-02-15T20:00:00Z'))).toBe(0); // Sat–Sun
    // A full week Mon 00:00 → next Mon 00:00 CET: 5 × 9 h.
    expect(wt.elapsed(at('2026-02-15T23:00:00Z'), at('2026-02-22T23:00:00Z'))).toBe(45 * H);
    const a = at('2026-02-10T07:13:00Z');
    const b = at('2026-02-19T15:41:00Z');
    const c = at('2026-03-04T12:02:00Z');
    expect(wt.elapsed(a, b) + wt.elapsed(b, c)).toBe(wt.elapsed(a, c));
  });

  it('handles instants far apart in either direction (the table grows both ways)', () => {
    const late = at('2027-06-01T08:00:00Z'); // Tue 10:00 CEST
    expect(iso(wt.addBusiness(late, 8 * H))).toBe('2027-06-01T16:00:00.000Z');
    // 2024-01-08 is a Monday (no holiday in this list): 09:00–18:00 CET = 08:00Z–17:00Z.
    expect(wt.elapsed(at('2024-01-08T07:00:00Z'), at('2024-01-08T12:00:00Z'))).toBe(4 * H);
  });
});

describe('WorkingTime, overnight shift', () => {
  // A night desk, 22:00–06:00, shifts starting Mon–Fri, New York (EST = UTC−5, EDT = UTC−4).
  const night = new WorkingTime({
    timeZone: 'America/New_York',
    workingDays: [1, 2, 3, 4, 5],
    start: '22:00',
    end: '06:00',
    holidays: [],
    fiscalYearStartMonth: 1,
  });

  it('a lead at Friday 23:00 with an 8-hour limit is due at Monday 23:00', () => {
    // Fri 2026-02-13 23:00 EST = Sat 04:00Z; Friday's shift runs to Sat 06:00 (7 h); then Monday 22:00 + 1 h.
    expect(iso(night.addBusiness(at('2026-02-14T04:00:00Z'), 8 * H))).toBe('2026-02-17T04:00:00.000Z');
  });

  it('Saturday 03:00 is still inside Friday’s shift; Saturday 22:00 is not a shift', () => {
    // Sat 03:00 EST (08:00Z) → Sat 06:00 EST (11:00Z): 3 h.
    expect(night.elapsed(at('2026-02-14T08:00:00Z'), at('2026-02-14T12:00:00Z'))).toBe(3 * H);
    expect(night.elapsed(at('2026-02-15T03:00:00Z'), at('2026-02-15T10:00:00Z'))).toBe(0);
  });

  it('a shift across the fall-back change lasts 9 real hours', () => {
    // Nov 2025: DST ends Sun 2 Nov 02:00 EDT. Shifts start Mon–Fri, so use Fri 31 Oct → the change is
    // not inside it; instead take the 7-day version of the desk.
    const allWeek = new WorkingTime({
      timeZone: 'America/New_York',
      workingDays: [1, 2, 3, 4, 5, 6, 7],
      start: '22:00',
      end: '06:00',
      holidays: [],
      fiscalYearStartMonth: 1,
    });
    // Sat 1 Nov 22:00 EDT = 02:00Z Sun; Sun 06:00 EST = 11:00Z: 9 h of real time.
    expect(allWeek.elapsed(at('2025-11-02T01:00:00Z'), at('2025-11-02T12:00:00Z'))).toBe(9 * H);
  });
});
