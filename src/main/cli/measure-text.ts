import type { CliContext } from './types';
import { clip, textTable } from './text-table';
import { clauseTitle, teamName } from '../../shared/export/agreement-text';
import { formatDate, formatDateTime, formatNumber } from '../../shared/format';
import {
  periodText,
  reasonsText,
  reviewText,
  scoreFromText,
  verdictText,
  type Translate,
} from '../../shared/compliance/words';
import { coverageDays } from '../../shared/compliance/coverage';
import { dealFigures } from '../../shared/compliance/deal-figures';
import {
  breachValueText,
  figureClause,
  figurePair,
  figureText,
  unitLabel,
  type FigureClause,
} from '../../shared/compliance/figures';
import type {
  Breach,
  ClauseResult,
  ComplianceResult,
  PeriodResult,
  Workbook,
} from '../../shared/workbook/schema';

type Ctx = Pick<CliContext, 't' | 'lang'>;

/** A clause figure in its unit (src/shared/compliance/figures.ts): a share, days, money, a capacity per rep. */
function figure(c: FigureClause, value: number | null, { t, lang }: Ctx): string {
  return figureText((key, params) => t(key, params ?? {}), lang, c, value);
}

const isDecided = (p: PeriodResult) => p.status === 'met' || p.status === 'missed';

/**
 * `pacto measure` for a person, on one screen: per clause its latest verdict, the misses in a row and
 * the breaches; what is still in progress; what cannot be measured and why (coverage included); the
 * review rule per team; what the files cover. Words from the app's catalogs.
 */
export function measureSummary(
  result: ComplianceResult,
  doc: Workbook,
  ctx: Ctx,
  /** What the export cannot show (e.g. moves back without stage dates), said with what the files cover. */
  exportNotes: readonly string[] = [],
): string {
  const { t, lang } = ctx;
  const tr: Translate = (key, params) => t(key, params ?? {});
  const period = (key: string) => periodText(tr, key, result.fiscalYearStartMonth);
  const title = (c: ClauseResult) => clauseTitle(doc, c);
  const measurable = result.clauses.filter((c) => !c.reason);
  // A clause's run matters for the review only when it is an agreed commitment of its team.
  const counted = new Set(result.teams.flatMap((team) => team.clauseIds));

  const rows = measurable.map((c) => {
    const latest = c.periods.filter(isDecided).at(-1);
    const breaches = c.periods.reduce((sum, p) => sum + p.breaches, 0);
    const streak = formatNumber(c.streaks.current, lang);
    return [
      clip(title(c), 40),
      latest ? `${period(latest.period)}  ${verdictText(tr, latest)}` : t('cli:measure.noVerdict'),
      latest ? figurePair(tr, lang, figureClause(doc, c), latest.actual, latest.target) : '—',
      c.reviewTriggered && counted.has(c.id) ? `${streak} (${t('cli:measure.review')})` : streak,
      formatNumber(breaches, lang),
    ];
  });
  const lines = [headerLine(result, ctx)];
  if (result.legacy) lines.push(t('compliance:legacy'));
  if (rows.length > 0) {
    lines.push(
      '',
      ...textTable(
        [
          t('cli:measure.clause'),
          t('cli:measure.latest'),
          `${t('compliance:scorecard.actual')} / ${t('compliance:scorecard.target')}`,
          t('compliance:scorecard.streak'),
          t('compliance:owners.breaches'),
        ],
        rows,
        ['left', 'left', 'right', 'right', 'right'],
      ),
    );
  }

  const running = measurable.flatMap((c) => {
    const last = c.periods.at(-1);
    if (last?.status !== 'in-progress') return [];
    return [
      t('cli:measure.now', {
        title: title(c),
        period: period(last.period),
        status: verdictText(tr, last),
        actual: figure(figureClause(doc, c), last.actual, ctx),
        target: figure(figureClause(doc, c), last.target, ctx),
      }),
    ];
  });
  if (running.length > 0) lines.push('', `${t('cli:measure.nowHeading')}:`, ...running.map((l) => `  ${l}`));

  const quality = measurable.flatMap((c) => leadQualityLines(c, title(c), ctx));
  if (quality.length > 0)
    lines.push('', `${t('cli:measure.qualityHeading')}:`, ...quality.map((l) => `  ${l}`));

  // "Marketing delivers more than sales can work", as data: the rep-months over capacity.
  const over = measurable.flatMap((c) => {
    const items = c.overCapacity ?? [];
    if (items.length === 0) return [];
    const list = items.slice(0, 5).map((o) =>
      t('cli:measure.overCapacityItem', {
        owner: o.owner,
        month: o.month,
        handed: formatNumber(o.count, lang),
        capacity: formatNumber(o.capacity, lang),
      }),
    );
    if (items.length > 5) list.push('…');
    return [
      t('cli:measure.overCapacity', {
        title: title(c),
        count: items.length,
        unit: unitLabel(tr, figureClause(doc, c)),
        list: list.join(', '),
      }),
    ];
  });
  if (over.length > 0)
    lines.push('', `${t('cli:measure.overCapacityHeading')}:`, ...over.map((l) => `  ${l}`));

  const unmeasurable = result.clauses.flatMap((c) => unmeasurableLines(c, title(c), period, ctx));
  if (unmeasurable.length > 0)
    lines.push('', `${t('cli:measure.unmeasurableHeading')}:`, ...unmeasurable.map((l) => `  ${l}`));

  if (result.teams.length > 0) {
    lines.push('', `${t('cli:measure.teamsHeading', { rule: result.reviewRule })}:`);
    for (const team of result.teams) {
      const name = teamName(doc, team.teamId) || team.teamId;
      const longest = team.runs.find((r) => r.length === team.longest);
      if (team.reviewTriggered) {
        const current = team.runs.at(-1);
        lines.push(
          `  ${reviewText(t, name, team.current, result.reviewRule)}`,
          `    ${t('compliance:teams.behind', {
            clauses: (current?.clauseIds ?? []).map((id) => clauseTitle(doc, { id, title: id })).join('; '),
          })}`,
        );
      } else if (longest) {
        lines.push(
          `  ${t('cli:measure.teamLongest', { team: name, length: longest.length, from: longest.from, to: longest.to })}`,
        );
      } else {
        lines.push(`  ${t('cli:measure.teamOk', { team: name })}`);
      }
    }
  }

  if (result.sources.length > 0) {
    const day = (iso: string | null) => formatDate(iso, lang, { timeZone: result.timeZone, style: 'long' });
    const instant = (iso: string | null) => formatDateTime(iso, lang, result.timeZone);
    lines.push(
      '',
      `${t('cli:measure.coverageHeading')}:`,
      // First and last day as the export dates them (as the app and the PDF say), not in the calendar's zone.
      ...result.sources.map((s) => {
        const days = coverageDays(s, result.timeZone);
        return `  ${t('cli:measure.source', { file: s.name, first: day(days.first), last: day(days.last), asOf: instant(s.asOf) })}`;
      }),
      ...exportNotes.map((note) => `  ${note}`),
    );
  }
  lines.push('', t('cli:measure.more'));
  return lines.join('\n');
}

/**
 * The summary's lead-quality lines: an acceptance rate's rejection reasons in the latest month that
 * had any; a scoring clause's hand-overs below the threshold (listed by --detail).
 */
function leadQualityLines(c: ClauseResult, title: string, ctx: Ctx): string[] {
  const { t, lang } = ctx;
  const tr: Translate = (key, params) => t(key, params ?? {});
  const num = (n: number) => formatNumber(n, lang);
  if (c.decisions) {
    const last = c.decisions.filter((d) => d.rejected > 0).at(-1);
    if (!last) return [];
    return [
      t('cli:measure.rejections', {
        title,
        month: last.month,
        count: last.rejected,
        rejected: num(last.rejected),
        reasons: reasonsText(tr, last, num),
      }),
    ];
  }
  if (c.threshold === undefined) return [];
  const below = c.periods.reduce((n, p) => n + p.breaches, 0);
  return [
    t('cli:measure.belowThreshold', {
      title,
      count: below,
      below: num(below),
      threshold: formatNumber(c.threshold, lang, 1),
      scores: scoreFromText(tr, c, { short: true }),
    }),
  ];
}

/**
 * Why a clause, or runs of its periods, cannot be measured: the whole clause with its reason and
 * particulars, else each reason once with the periods it covers (e.g. the months after a file ends).
 */
function unmeasurableLines(
  c: ClauseResult,
  title: string,
  period: (key: string) => string,
  { t }: Ctx,
): string[] {
  if (c.reason) {
    const detail =
      c.reason === 'noMatchingRecords' && c.occurring?.length
        ? ` (${t('compliance:reasonDetail.occurring', { values: c.occurring.slice(0, 5).join(', ') })})`
        : '';
    return [t('cli:measure.unmeasurable', { title, reason: t(`compliance:reason.${c.reason}`) + detail })];
  }
  const byReason = new Map<string, PeriodResult[]>();
  for (const p of c.periods)
    if (p.status === 'not-measurable' && p.reason)
      byReason.set(p.reason, [...(byReason.get(p.reason) ?? []), p]);
  return [...byReason].map(([reason, periods]) => {
    const first = period(periods[0]!.period);
    const last = period(periods.at(-1)!.period);
    const span = first === last ? first : `${first} – ${last}`;
    const count = t('cli:measure.periods', { count: periods.length, span });
    return t('cli:measure.unmeasurable', { title, reason: `${t(`compliance:reason.${reason}`)} (${count})` });
  });
}

/** The first line of both views: how many records, as of when, in which zone. */
function headerLine(result: ComplianceResult, { t, lang }: Ctx): string {
  return t('cli:measure.title', {
    records: formatNumber(result.records, lang),
    asOf: formatDateTime(result.asOf, lang, result.timeZone),
    zone: result.timeZone,
  });
}

/** `--detail`: every period of every clause with its verdict; quarters and years with their months. */
export function measureDetail(result: ComplianceResult, doc: Workbook, ctx: Ctx): string {
  const { t } = ctx;
  const tr: Translate = (key, params) => t(key, params ?? {});
  const lines = [headerLine(result, ctx)];
  for (const c of result.clauses) {
    lines.push('', clauseTitle(doc, c));
    if (c.threshold !== undefined)
      lines.push(
        t('cli:measure.threshold', { threshold: formatNumber(c.threshold, ctx.lang, 1) }),
        `  ${scoreFromText(tr, c)}`,
      );
    for (const p of c.periods) {
      lines.push(
        t('compliance:cli.month', {
          month: periodText(tr, p.period, result.fiscalYearStartMonth),
          status: verdictText(tr, p),
          actual: figure(figureClause(doc, c), p.actual, ctx),
          target: figure(figureClause(doc, c), p.target, ctx),
        }),
        ...periodParticulars(figureClause(doc, c), p, ctx),
      );
      for (const d of (c.decisions ?? []).filter((x) => monthsOf(c, p).includes(x.month))) {
        lines.push(decisionLine(d, tr, ctx));
      }
      if (c.period === 'month') continue;
      for (const m of c.months.filter((x) => x.period === p.period)) {
        lines.push(
          t('compliance:cli.progress', {
            month: m.month,
            actual: figure(figureClause(doc, c), m.actual, ctx),
            toDate: figure(figureClause(doc, c), m.toDate, ctx),
          }),
        );
      }
    }
    if (c.threshold !== undefined) lines.push(...belowThresholdLines(c, result, ctx));
    if (c.type === 'cadence') lines.push(...shortOfTouchesLines(c, result, ctx));
  }
  return lines.join('\n');
}

const monthsOf = (c: ClauseResult, p: PeriodResult): string[] =>
  c.months.filter((m) => m.period === p.period).map((m) => m.month);

/** An acceptance-rate month: its decisions and its rejections per reason. */
function decisionLine(d: NonNullable<ClauseResult['decisions']>[number], tr: Translate, { t, lang }: Ctx) {
  const num = (n: number) => formatNumber(n, lang);
  return t('cli:measure.decisions', {
    month: d.month,
    accepted: num(d.accepted),
    rejected: num(d.rejected),
    pending: num(d.pending),
    undecided: num(d.undecided),
    reasons: reasonsText(tr, d, num),
  });
}

/** A scoring clause's hand-overs below the threshold: record, score, hand-over day (those kept). */
function belowThresholdLines(c: ClauseResult, result: ComplianceResult, ctx: Ctx): string[] {
  const { t, lang } = ctx;
  const tr: Translate = (key, params) => t(key, params ?? {});
  const items = result.breaches.items.filter((b: Breach) => b.clauseId === c.id);
  if (items.length === 0) return [];
  const total = c.periods.reduce((n, p) => n + p.breaches, 0);
  const rows = items.map((b) => [
    b.recordId,
    breachValueText(tr, lang, c.type, b),
    b.at ? formatDate(b.at, lang, { style: 'long', timeZone: result.timeZone }) : b.month,
    b.owner,
  ]);
  return [
    t('cli:measure.belowHeading', {
      shown: formatNumber(items.length, lang),
      total: formatNumber(total, lang),
    }),
    ...textTable(
      [
        t('compliance:breaches.record'),
        t('cli:measure.score'),
        t('compliance:breaches.at'),
        t('compliance:breaches.owner'),
      ],
      rows,
      ['left', 'right', 'left', 'left'],
    ).map((l) => `  ${l}`),
  ];
}

/** Most records listed under a cadence clause by `--detail` (the JSON has every one kept). */
const MAX_SHORT = 50;

/** A follow-up cadence's records short of the agreed touches: record, "2 of 3 touches", month, owner. */
function shortOfTouchesLines(c: ClauseResult, result: ComplianceResult, ctx: Ctx): string[] {
  const { t, lang } = ctx;
  const tr: Translate = (key, params) => t(key, params ?? {});
  const items = result.breaches.items.filter((b: Breach) => b.clauseId === c.id);
  if (items.length === 0) return [];
  const total = c.periods.reduce((n, p) => n + p.breaches, 0);
  const shown = items.slice(0, MAX_SHORT);
  return [
    t('cli:measure.shortHeading', {
      shown: formatNumber(shown.length, lang),
      total: formatNumber(total, lang),
    }),
    ...textTable(
      [
        t('compliance:breaches.record'),
        t('cli:measure.touches'),
        t('compliance:breaches.month'),
        t('compliance:breaches.owner'),
      ],
      shown.map((b) => [b.recordId, breachValueText(tr, lang, c.type, b), b.month, b.owner]),
      ['left', 'right', 'left', 'left'],
    ).map((l) => `  ${l}`),
  ];
}

/**
 * Under a period of `--detail`: a revenue clause's revenue, deals and average deal together; a capacity
 * clause's reps over capacity in the period's months.
 */
function periodParticulars(c: ClauseResult & FigureClause, p: PeriodResult, ctx: Ctx): string[] {
  const { t, lang } = ctx;
  if (c.type === 'revenue' && p.status !== 'not-measurable') {
    const d = dealFigures(c, p);
    return [
      t('compliance:cli.deals', {
        count: d.deals,
        revenue: figure(c, d.revenue, ctx),
        deals: formatNumber(d.deals, lang),
        average: figure(c, d.average, ctx),
      }),
    ];
  }
  return (c.overCapacity ?? [])
    .filter((o) => o.month >= p.from && o.month <= p.to)
    .map((o) =>
      t('compliance:cli.overCapacity', {
        owner: `${o.owner} ${o.month}`,
        handed: formatNumber(o.count, lang),
        capacity: figure(c, o.capacity, ctx),
      }),
    );
}
