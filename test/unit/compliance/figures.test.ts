import { describe, expect, it } from 'vitest';
import {
  breachLimitText,
  breachValueText,
  capacityUnit,
  figureClause,
  figurePair,
  figureText,
  unitLabel,
} from '../../../src/shared/compliance/figures';
import { createI18n } from '../../../src/shared/i18n';
import type { Language } from '../../../src/shared/workbook/schema';
import { createFromTemplate } from '../../../src/shared/workbook/templates';

/* The words every surface writes a figure with (src/shared/compliance/figures.ts), worked by hand. */
const tr = (lang: Language) => {
  const t = createI18n(lang).t;
  return (key: string, params?: Record<string, string | number>) => t(key, params ?? {});
};
const nbsp = (s: string) => s.replace(/\u00a0|\u202f/g, ' ');

describe('figures with their units', () => {
  it('a cadence breach is the touches made of those agreed; its limit the touches agreed', () => {
    expect(breachValueText(tr('en'), 'en', 'cadence', { value: 2, limit: 3 })).toBe('2 of 3 touches');
    expect(breachValueText(tr('en'), 'en', 'cadence', { value: 0, limit: 1 })).toBe('0 of 1 touch');
    expect(breachValueText(tr('es'), 'es', 'cadence', { value: 2, limit: 3 })).toBe('2 de 3 contactos');
    expect(breachLimitText(tr('en'), 'en', 'cadence', 3)).toBe('3 touches');
    expect(breachLimitText(tr('es'), 'es', 'cadence', 1)).toBe('1 contacto');
  });

  it('a scoring breach is the score in points, or no score; others hours or days', () => {
    expect(breachValueText(tr('en'), 'en', 'scoring', { value: 45, limit: 60 })).toBe('45 points');
    expect(breachValueText(tr('es'), 'es', 'scoring', { value: 59.5, limit: 60 })).toBe('59,5 puntos');
    expect(breachValueText(tr('en'), 'en', 'scoring', { value: null, limit: 60 })).toBe('no score');
    expect(breachLimitText(tr('es'), 'es', 'scoring', 60)).toBe('60 puntos');
    expect(breachValueText(tr('en'), 'en', 'responseTime', { value: 5.25, limit: 4 })).toBe('5.3 h');
    expect(breachValueText(tr('en'), 'en', 'acceptanceRate', { value: 1, limit: 30 })).toBe('1 d');
    expect(breachValueText(tr('es'), 'es', 'responseTime', { value: null, limit: 4 })).toBe('nunca');
  });

  it('a capacity figure says what it counts per rep, from the stage the clause counts', () => {
    const doc = createFromTemplate('b2b', 'en', new Date('2026-01-15T09:00:00Z'));
    const capacity = doc.clauses.find((c) => c.type === 'capacity')!;
    const c = figureClause(doc, { id: capacity.id, type: 'capacity', unit: 'count' });
    expect(c.stage).toBe('MQL');
    expect(figureText(tr('en'), 'en', c, 6)).toBe('6 MQLs per rep');
    expect(figurePair(tr('en'), 'en', c, 6, 4)).toBe('6 / 4 MQLs per rep');
    expect(figurePair(tr('es'), 'es', c, 1200, 4)).toBe('1.200 / 4 MQL por comercial');
    expect(unitLabel(tr('es'), c)).toBe('MQL por comercial');
    // A stage named in words, and a clause no longer in the workbook.
    expect(capacityUnit(tr('en'), 'Opportunity')).toBe('Opportunity records per rep');
    expect(capacityUnit(tr('es'), 'Oportunidad')).toBe('registros de Oportunidad por comercial');
    expect(figureText(tr('en'), 'en', { type: 'capacity', unit: 'count' }, 3)).toBe('3 records per rep');
  });

  it('revenue in the workbook’s currency, shares as percentages, days with d', () => {
    const revenue = { type: 'revenue' as const, unit: 'money' as const, currency: 'EUR' };
    expect(nbsp(figurePair(tr('es'), 'es', revenue, 74_500, 288_000))).toBe('74.500 € / 288.000 €');
    expect(figureText(tr('en'), 'en', revenue, 24_500)).toBe('€24,500');
    expect(unitLabel(tr('en'), revenue)).toBe('EUR');
    const share = { type: 'scoring' as const, unit: 'share' as const };
    expect(figurePair(tr('en'), 'en', share, 0.75, 0.95)).toBe('75% / 95%');
    expect(unitLabel(tr('es'), share)).toBe('proporción de registros');
    expect(figureText(tr('es'), 'es', { type: 'velocity', unit: 'days' }, 13.5)).toBe('13,5 d');
    expect(figureText(tr('en'), 'en', share, null)).toBe('—');
  });
});
