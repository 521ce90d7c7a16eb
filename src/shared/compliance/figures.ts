import { formatCurrency, formatNumber, formatPercent } from '../format';
import type { Breach, ClauseResult, Language, Workbook } from '../workbook/schema';
import type { Translate } from './words';

/**
 * A clause's figures with their unit, in words, for every surface (dashboard, `pacto measure`, PDF,
 * Excel): a share as a percentage, days with "d", money in the workbook's currency, a capacity as
 * "6 MQLs per rep"; a breach's value as "2 of 3 touches", "45 points", "5.5 h". The words are in the
 * `compliance:unit` catalog (es/en).
 */

/** What a figure needs of its clause; `stage` is the name of the stage a capacity clause counts. */
export interface FigureClause extends Pick<ClauseResult, 'type' | 'unit' | 'currency'> {
  stage?: string | undefined;
}

/** The clause result with the name of its stage (from the workbook, when the clause still has one). */
export function figureClause<C extends Pick<ClauseResult, 'id' | 'type' | 'unit' | 'currency'>>(
  doc: Pick<Workbook, 'clauses' | 'stages'> | undefined,
  c: C,
): C & FigureClause {
  const clause = doc?.clauses.find((x) => x.id === c.id);
  const stageId = clause && 'stageId' in clause ? clause.stageId : undefined;
  const stage = stageId ? doc?.stages.find((s) => s.id === stageId)?.name : undefined;
  return { ...c, stage };
}

/** An acronym such as MQL or SQL takes a plain "s" in English; a stage named in words is kept as written. */
const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;

/**
 * The unit of a capacity clause's figures: "MQLs per rep" / "MQL por comercial", or for a stage
 * named in words "Opportunity records per rep" / "registros de Oportunidad por comercial".
 */
export function capacityUnit(t: Translate, stage: string | undefined): string {
  const name = stage?.trim();
  if (!name) return t('compliance:unit.perRepRecords');
  return t(ACRONYM.test(name) ? 'compliance:unit.perRepAcronym' : 'compliance:unit.perRepNamed', {
    stage: name,
  });
}

/**
 * The unit alone, for a column of its own (the Excel file's "Unit"): the currency's ISO code, "share
 * of records", "days", "MQLs per rep", "records"; '' for a written commitment.
 */
export function unitLabel(t: Translate, c: FigureClause): string {
  if (c.unit === 'none') return '';
  if (c.unit === 'money') return c.currency ?? '';
  if (c.type === 'capacity') return capacityUnit(t, c.stage);
  return t(`compliance:unit.label.${c.unit}`);
}

/** A clause figure (actual or target) with its unit; '—' when there is none. */
export function figureText(t: Translate, lang: Language, c: FigureClause, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  if (c.unit === 'share') return formatPercent(value, lang, 1);
  if (c.unit === 'money' && c.currency) return formatCurrency(value, c.currency, lang);
  if (c.unit === 'days') return t('compliance:unit.days', { value: formatNumber(value, lang, 1) });
  if (c.type === 'capacity') return `${formatNumber(value, lang, 0)} ${capacityUnit(t, c.stage)}`;
  return formatNumber(value, lang, c.unit === 'count' ? 0 : 1);
}

/**
 * "actual / target" of a period: each with its unit, but a capacity's unit said once at the end
 * ("6 / 4 MQLs per rep"), so the pair stays short.
 */
export function figurePair(
  t: Translate,
  lang: Language,
  c: FigureClause,
  actual: number | null,
  target: number | null,
): string {
  if (c.type === 'capacity' && actual !== null && target !== null)
    return `${formatNumber(actual, lang, 0)} / ${figureText(t, lang, c, target)}`;
  return `${figureText(t, lang, c, actual)} / ${figureText(t, lang, c, target)}`;
}

/** How a clause type's breach values are counted: hours, days, touches or score points. */
export type BreachUnit = 'hours' | 'days' | 'touches' | 'points';

export function breachUnit(type: ClauseResult['type']): BreachUnit {
  switch (type) {
    case 'responseTime':
    case 'acceptance':
      return 'hours';
    case 'cadence':
      return 'touches';
    case 'scoring':
      return 'points';
    default:
      return 'days';
  }
}

const count = (n: number) => Math.round(n);

/**
 * A breach's measured value with its unit: "2 of 3 touches" (cadence: the touches made of those
 * agreed), "45 points" (scoring; "no score" without one), "5.5 h", "12 d"; a record never reached
 * reads "never".
 */
export function breachValueText(
  t: Translate,
  lang: Language,
  type: ClauseResult['type'],
  b: Pick<Breach, 'value' | 'limit'>,
): string {
  const unit = breachUnit(type);
  if (b.value === null || !Number.isFinite(b.value))
    return t(unit === 'points' ? 'compliance:breaches.noScore' : 'compliance:breaches.never');
  if (unit === 'touches')
    return t('compliance:unit.touchesOf', {
      count: count(b.limit),
      value: formatNumber(b.value, lang, 0),
      limit: formatNumber(b.limit, lang, 0),
    });
  return breachFigure(t, lang, unit, b.value);
}

/** A breach's limit with its unit: "3 touches", "60 points", "4 h", "30 d". */
export function breachLimitText(
  t: Translate,
  lang: Language,
  type: ClauseResult['type'],
  limit: number,
): string {
  return breachFigure(t, lang, breachUnit(type), limit);
}

function breachFigure(t: Translate, lang: Language, unit: BreachUnit, v: number): string {
  if (unit === 'touches')
    return t('compliance:unit.touches', { count: count(v), value: formatNumber(v, lang, 0) });
  if (unit === 'points') return t('compliance:unit.points', { count: v, value: formatNumber(v, lang, 1) });
  return t(`compliance:unit.${unit}`, { value: formatNumber(v, lang, 1) });
}
