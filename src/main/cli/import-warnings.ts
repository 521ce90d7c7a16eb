import type { i18n } from 'i18next';
import { SKIP_REASONS, type CellExample, type ImportReport } from '../../shared/import/types';

type T = i18n['t'];
type Tally = { count: number; examples: CellExample[] };

/**
 * `file, row 18, “Create Date”: 1900-01-01` — where the first case of a problem is, on one line (a
 * cell that swallowed rows after a stray quote holds line breaks: shown as ⏎).
 */
function where(t: T, e: CellExample): string {
  const value = e.value.replace(/\r\n|\r|\n/g, ' ⏎ ');
  const at = e.column
    ? t('import:report.example', { row: e.row, column: e.column, value })
    : t('import:report.exampleRow', { row: e.row, value });
  return e.file ? `${e.file}, ${at}` : at;
}

/**
 * What `pacto measure` says on stderr about the import, one line per kind of problem (rows skipped by
 * reason but blank ones, rows of the wrong width, unreadable values and implausible dates per column, join misses,
 * bad bytes, garbled text) with its count and first case, so nothing is measured without a word. A
 * clean import says nothing.
 */
export function importWarnings(
  report: ImportReport,
  t: T,
  stageName: (id: string) => string = (id) => id,
): string[] {
  const lines: string[] = [];
  const say = (text: string) => lines.push(t('import:cli.warning', { text }));
  const warn = (key: string, tally: Tally, params: Record<string, string | number> = {}) => {
    if (tally.count === 0) return;
    const text = t(key, { count: tally.count, ...params });
    const first = tally.examples[0];
    say(first ? t('import:cli.first', { text, example: where(t, first) }) : text);
  };
  // Blank rows are no loss: counted in the JSON, not worth a warning.
  for (const reason of SKIP_REASONS.filter((r) => r !== 'empty')) {
    const tally = report.skipped[reason];
    if (tally) warn('import:cli.skipped', tally, { reason: t(`import:report.reason.${reason}`) });
  }
  warn('import:cli.ragged', report.raggedRows);
  for (const tally of Object.values(report.unparsed))
    if (tally) warn('import:cli.unparsed', tally, { column: tally.examples[0]?.column ?? '' });
  const day = (iso: string) => iso.slice(0, 10);
  for (const tally of Object.values(report.implausibleDates)) {
    if (!tally) continue;
    warn('import:cli.implausible', tally, {
      column: tally.examples[0]?.column ?? '',
      from: day(report.dateWindow.from),
      to: day(report.dateWindow.to),
    });
  }
  const join = report.join;
  if (join && (join.unmatched > 0 || join.duplicateKeys > 0))
    say(t('import:report.join', { unmatched: join.unmatched, duplicates: join.duplicateKeys }));
  const stages = report.stageValues;
  if (stages) {
    // Records that moved back (their later dates kept). What the export cannot show at all is no
    // problem of this run: the summary says it with what the files cover, so a clean export stays silent.
    const b = stages.movedBackwards;
    const e = b.examples[0];
    if (e) {
      const text = t('import:report.stageBackwards', { count: b.count }).replace(/\.$/, '');
      const example = t('import:report.stageBackwardsExample', {
        id: e.id,
        value: e.value,
        later: e.later.map(stageName).join(', '),
      });
      say(t('import:cli.first', { text, example }));
    }
  }
  if (report.invalidBytes > 0) say(t('import:report.invalidBytes', { count: report.invalidBytes }));
  if (report.mojibake) say(t('import:files.mojibake', { sample: report.mojibake.value }));
  return lines;
}
