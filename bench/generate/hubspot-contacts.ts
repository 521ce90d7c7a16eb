/**
 * A deterministic, seeded generator of HubSpot-style contact exports for the benchmarks: every field
 * double-quoted (as HubSpot writes them), LF line ends, `YYYY-MM-DD HH:MM` wall-clock datetimes with no
 * offset, empty cells as `""`, non-ASCII names, company names with commas and, rarely, a quoted newline.
 * The funnel is shaped like the B2B template's plan (lead → MQL → SQL → opportunity → customer), so the
 * compliance engine has real work to do on every clause.
 *
 * The same (rows, seed) always produces the same bytes: only pure-rand draws and integer arithmetic
 * decide the content, never the clock or the locale.
 */
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';

export const HEADERS = [
  'Record ID',
  'First Name',
  'Last Name',
  'Company Name',
  'Contact owner',
  'Create Date',
  'Original Traffic Source',
  'Became a Marketing Qualified Lead Date',
  'First outreach date',
  'Became a Sales Qualified Lead Date',
  'Became an Opportunity Date',
  'Became a Customer Date',
  'Latest Disqualified Lead Date',
  'Amount',
] as const;

const FIRST = [
  'María',
  'José',
  'Lucía',
  'Martín',
  'Zoë',
  'Łukasz',
  'Søren',
  'Inés',
  'Jürgen',
  'Ana',
  'Chloé',
  'Raúl',
  'Olga',
  'Björn',
  'Sofía',
  'Iñaki',
  'Ngọc',
  'Yūki',
  'Peter',
  'Laura',
  'Ömer',
  'Ramón',
];
const LAST = [
  'Núñez',
  'Álvarez',
  'García',
  'Müller',
  'Wójcik',
  'Lefèvre',
  'Sánchez',
  'Brontë',
  'Ibáñez',
  'Smith',
  'Østergaard',
  'Çelik',
  'Nguyễn',
  'Peña',
  'Dvořák',
  'Gómez',
  'Castaño',
  'Jones',
  'Ruiz',
  'Šimić',
];
const COMPANY = ['Talleres', 'Grupo', 'Logística', 'Café', 'Ferretería', 'Clínica', 'Estudio', 'Soluciones'];
/** Suffixes: half of them carry the comma that must be quoted. */
const COMPANY_SUFFIX = [', S.L.', ', S.A.', ' SL', ' Ltd', ', Inc.', ' GmbH', ' & Cía', ''];
const OWNERS = [
  'María Núñez',
  'José Álvarez',
  'Lucía Peña',
  'Søren Østergaard',
  'Chloé Lefèvre',
  'Jürgen Müller',
  'Iñaki Ibáñez',
  'Ana Castaño',
  'Peter Jones',
  'Łukasz Wójcik',
  'Zoë Brontë',
  'Ramón Gómez',
];
const SOURCES = [
  'Organic Search',
  'Paid Search',
  'Direct Traffic',
  'Referrals',
  'Social Media',
  'Email Marketing',
  'Offline Sources',
  'Paid Social',
];

/** Funnel shape: share of records reaching the next stage (lead→MQL, MQL→SQL, SQL→opp, opp→customer). */
const RATES = [0.4, 0.25, 0.35, 0.25];
/** Share of MQLs with a first outreach (the rest are untouched: response-time breaches or pending). */
const TOUCHED = 0.9;
/** Share of SQLs that stall and are disqualified back to marketing (recycling). */
const RECYCLED = 0.3;
/** One company name in this many spans two lines (a quoted newline). */
const NEWLINE_EVERY = 2000;

/** Created dates span 24 months before AS_OF's month; the export runs on the last day. */
const START = Date.UTC(2024, 6, 1);
const SPAN_DAYS = 730;
const DAY_MINUTES = 1440;

export interface GenerateOptions {
  rows: number;
  seed: number;
}

/** Days since START → `YYYY-MM-DD`, built once (lags push dates past the span, hence the margin). */
const DAY_TEXT: string[] = Array.from({ length: SPAN_DAYS + 400 }, (_, d) =>
  new Date(START + d * 86_400_000).toISOString().slice(0, 10),
);
const MINUTE_TEXT: string[] = Array.from(
  { length: DAY_MINUTES },
  (_, m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`,
);

/** Minutes since START → the quoted wall-clock cell HubSpot writes. */
function stamp(minutes: number): string {
  const day = Math.floor(minutes / DAY_MINUTES);
  return `"${DAY_TEXT[day] ?? DAY_TEXT[DAY_TEXT.length - 1]} ${MINUTE_TEXT[minutes - day * DAY_MINUTES]}"`;
}

/**
 * Yields the file in chunks of text (header first, then `batch` rows per chunk), each chunk ending in
 * a newline. Consumers write or hash the chunks as they come; nothing holds the whole file.
 */
export function* hubspotContactChunks(opts: GenerateOptions, batch = 5000): Generator<string> {
  const rng = xoroshiro128plus(opts.seed | 0);
  const pick = <T>(list: readonly T[]): T => list[uniformInt(rng, 0, list.length - 1)]!;
  const chance = (p: number): boolean => uniformFloat64(rng) < p;
  /** Working-hours bias: most activity falls 08:00–19:00 on the same day. */
  const minuteOfDay = (): number =>
    chance(0.8) ? uniformInt(rng, 8 * 60, 19 * 60 - 1) : uniformInt(rng, 0, DAY_MINUTES - 1);
  /** Lag in minutes, roughly log-uniform between lo and hi hours (most small, a long tail). */
  const lagMinutes = (loHours: number, hiHours: number): number =>
    Math.round(Math.exp(Math.log(loHours * 60) + uniformFloat64(rng) * Math.log(hiHours / loHours)));

  yield HEADERS.map((h) => `"${h.replace(/"/g, '""')}"`).join(',') + '\n';
  let out: string[] = [];
  for (let i = 0; i < opts.rows; i++) {
    const id = 100_000_000_000 + i * 97 + uniformInt(rng, 0, 96);
    const first = pick(FIRST);
    const last = pick(LAST);
    let company = `${pick(COMPANY)} ${pick(LAST)}${pick(COMPANY_SUFFIX)}`;
    if (uniformInt(rng, 1, NEWLINE_EVERY) === 1) company += '\nDelegación Norte';
    const owner = chance(0.97) ? pick(OWNERS) : '';
    const created = uniformInt(rng, 0, SPAN_DAYS - 1) * DAY_MINUTES + minuteOfDay();

    let reached = 0;
    while (reached < RATES.length && chance(RATES[reached]!)) reached++;
    const cells = ['', '', '', '', '', '', ''];
    let at = created;
    if (reached >= 1) {
      at += lagMinutes(0.5, 24 * 20); // lead → MQL within ~3 weeks
      cells[0] = stamp(at);
      if (chance(TOUCHED)) cells[1] = stamp(at + lagMinutes(0.05, 24 * 4));
    }
    if (reached >= 2) {
      at += lagMinutes(1, 24 * 40);
      cells[2] = stamp(at);
      if (reached === 2 && chance(RECYCLED)) cells[5] = stamp(at + lagMinutes(24 * 20, 24 * 60));
    }
    if (reached >= 3) {
      at += lagMinutes(2, 24 * 30);
      cells[3] = stamp(at);
    }
    if (reached >= 4) {
      at += lagMinutes(24, 24 * 90);
      cells[4] = stamp(at);
      cells[6] = `"${uniformInt(rng, 20, 1200) * 50}"`;
    }
    out.push(
      `"${id}","${first}","${last}","${company}","${owner}",${stamp(created)},"${pick(SOURCES)}",` +
        `${cells.map((c) => c || '""').join(',')}\n`,
    );
    if (out.length === batch) {
      yield out.join('');
      out = [];
    }
  }
  if (out.length > 0) yield out.join('');
}
