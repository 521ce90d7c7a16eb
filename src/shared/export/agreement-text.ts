import { createI18n } from '../i18n';
import { formatCurrency, formatNumber, formatPercent } from '../format';
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
        target: formatCurrency(clause.target, doc.meta.currency, lang),
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
