import { createI18n } from '../i18n';
import type { Clause, ComplianceResult, Language, Snapshot, Workbook } from '../workbook/schema';

/**
 * Plain-text renderings of agreement fields shared by the Excel writer (main) and the print view
 * (renderer), so a commitment reads the same in both documents.
 */

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** A translator bound to the `export` namespace in one language (independent of the UI language). */
export function exportTranslator(lang: Language): Translate {
  const i18n = createI18n(lang);
  const t = i18n.getFixedT(lang, 'export');
  return (key, params) => t(key, params ?? {});
}

export function teamName(doc: Workbook, id: string): string {
  return doc.parties.teams.find((team) => team.id === id)?.name ?? '';
}

export function stageName(doc: Workbook, id: string): string {
  return doc.stages.find((stage) => stage.id === id)?.name ?? id;
}

/*
 * Thousands are always grouped, so a column reads "1.600" above "64.000" (Spanish CLDR otherwise
 * leaves four-digit numbers ungrouped).
 */
export function formatNumber(value: number, lang: Language, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits, useGrouping: 'always' }).format(value);
}

export function formatPercent(share: number, lang: Language, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(lang, {
    style: 'percent',
    maximumFractionDigits,
    useGrouping: 'always',
  }).format(share);
}

export function formatMoney(value: number, currency: string, lang: Language): string {
  return new Intl.NumberFormat(lang, {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
    useGrouping: 'always',
  }).format(value);
}

/**
 * A calendar date (YYYY-MM-DD, or the day of an ISO date-time in `timeZone`) written out in the
 * document's language. A date-only string is that day wherever it is read.
 */
export function formatDate(iso: string, lang: Language, timeZone = 'UTC'): string {
  const dateOnly = iso.length === 10;
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: dateOnly ? 'UTC' : timeZone }).format(
    date,
  );
}

/** An instant as date and time in `timeZone`, e.g. "1 Jun 2018, 00:00", in the document's language. */
export function formatDateTime(iso: string, lang: Language, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, {
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
    timeZone,
  }).format(date);
}

/** The commitment's measurable target as one sentence, e.g. "≥ 120 entering MQL per month". */
export function clauseTarget(clause: Clause, doc: Workbook, t: Translate, lang: Language): string {
  const stage = (id: string) => stageName(doc, id);
  const pct = (share: number) => formatPercent(share, lang);
  const num = (n: number) => formatNumber(n, lang, 1);
  switch (clause.type) {
    case 'volume':
      return t(clause.channel ? 'target.volumeChannel' : 'target.volume', {
        target: num(clause.target),
        stage: stage(clause.stageId),
        channel: clause.channel ?? '',
        per: t(`perPeriod.${clause.period}`),
      });
    case 'responseTime':
      return t('target.responseTime', {
        share: pct(clause.targetShare),
        stage: stage(clause.stageId),
        limit: num(clause.limitHours),
        hours: t(`hours.${clause.hours}`),
      });
    case 'cadence':
      return t('target.cadence', {
        share: pct(clause.targetShare),
        stage: stage(clause.stageId),
        touches: clause.minTouches,
        days: clause.withinDays,
      });
    case 'acceptance':
      return t('target.acceptance', {
        share: pct(clause.targetShare),
        stage: stage(clause.stageId),
        accept: stage(clause.acceptStageId),
        limit: num(clause.limitHours),
        hours: t(`hours.${clause.hours}`),
      });
    case 'acceptanceRate':
      return t('target.acceptanceRate', {
        share: pct(clause.targetShare),
        stage: stage(clause.stageId),
        accept: stage(clause.acceptStageId),
        days: clause.decideWithinDays,
      });
    case 'scoring':
      return t('target.scoring', {
        share: pct(clause.targetShare),
        stage: stage(clause.stageId),
        threshold: num(doc.scoring.threshold),
      });
    case 'conversion':
      return t('target.conversion', {
        from: stage(clause.fromStageId),
        to: stage(clause.toStageId),
        rate: pct(clause.targetRate),
        days: num(clause.windowDays),
      });
    case 'recycling':
      return t('target.recycling', {
        share: pct(clause.targetShare),
        stage: stage(clause.stageId),
        days: num(clause.stallDays),
      });
    case 'velocity':
      return t('target.velocity', {
        from: stage(clause.fromStageId),
        to: stage(clause.toStageId),
        days: num(clause.targetDays),
      });
    case 'revenue': {
      const plan = clause.targetFrom === 'plan';
      return t(`target.${clause.metric}${plan ? 'Plan' : ''}`, {
        target: formatMoney(clause.target, doc.meta.currency, lang),
        stage: stage(clause.stageId),
        per: t(`perPeriod.${clause.period}`),
      });
    }
    case 'capacity':
      return t(clause.targetFrom === 'plan' ? 'target.capacityPlan' : 'target.capacity', {
        target: num(clause.perRep),
        stage: stage(clause.stageId),
      });
    case 'qualitative':
      return clause.text.trim() || t('target.qualitative');
  }
}

/** The latest import's measured result, or null before any import. */
export function latestResult(snapshots: readonly Snapshot[]): ComplianceResult | null {
  const latest = snapshots.reduce<Snapshot | null>(
    (a, s) => (!a || s.importedAt > a.importedAt ? s : a),
    null,
  );
  return latest?.result ?? null;
}

/** A measured clause's title as the agreement says it now (the title at measurement time if it is gone). */
export function clauseTitle(doc: Workbook, clause: { id: string; title: string }): string {
  return doc.clauses.find((c) => c.id === clause.id)?.title || clause.title || clause.id;
}
