import { readFileSync } from 'node:fs';
import { createFromTemplate } from '../../../src/shared/workbook/templates';
import type { Breach, ComplianceResult, Language, Workbook } from '../../../src/shared/workbook/schema';
import { OLIST_DEALS, OLIST_LEADS } from '../../fixtures/olist/paths';

export const NOW = new Date('2026-02-02T09:30:00Z');
export const HOSTILE_FORMULA = '=HYPERLINK("http://x","y")';
export const HOSTILE_HTML = '<img src=x onerror=alert(1)>';
/** Texts a spreadsheet would treat as formulas if they were not written as text. */
export const FORMULA_LIKE = [HOSTILE_FORMULA, '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1+1', '\r=1+1'];

/** The B2B example with hostile text in a clause title, a persona and a consequence. */
export function hostileWorkbook(lang: Language): Workbook {
  const doc = createFromTemplate('b2b', lang, NOW);
  const clauses = doc.clauses.map((c, i) =>
    i === 0 ? { ...c, title: HOSTILE_FORMULA, consequence: HOSTILE_HTML } : c,
  );
  const personas = doc.personas.map((p, i) =>
    i === 0 ? { ...p, name: HOSTILE_HTML, pains: '@SUM(A1:A2)' } : p,
  );
  const stages = doc.stages.map((s, i) => (i === 0 ? { ...s, definition: '+1+1' } : s));
  return { ...doc, clauses, personas, stages };
}

/** Olist's MQLs per first-contact month, counted here with a plain line split (not the import code). */
export function olistMonthlyMqls(): Map<string, number> {
  const lines = readFileSync(OLIST_LEADS, 'utf8').trim().split('\n');
  const counts = new Map<string, number>();
  for (const line of lines.slice(1)) {
    const month = line.split(',')[1]!.slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  return new Map([...counts].sort(([a], [b]) => a.localeCompare(b)));
}

/** Olist MQLs that never closed: the breaches of a 90-day conversion clause. */
export function olistUnconverted(): { id: string; month: string; channel: string }[] {
  const won = new Set(
    readFileSync(OLIST_DEALS, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]!),
  );
  return readFileSync(OLIST_LEADS, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .filter(([id]) => !won.has(id!))
    .map(([id, date, , origin]) => ({ id: id!, month: date!.slice(0, 7), channel: origin ?? '' }));
}

/**
 * A snapshot shaped as the compliance engine stores it, with figures counted from the Olist files:
 * the volume clause (≥ 500 MQLs a month) per month, and the conversion clause's breaches (capped).
 */
export function withOlistSnapshot(doc: Workbook, target = 500, cap = 5000): Workbook {
  const volume = doc.clauses.find((c) => c.type === 'volume')!;
  const conversion = doc.clauses.find((c) => c.type === 'conversion')!;
  const monthly = olistMonthlyMqls();
  const unconverted = olistUnconverted();
  const breaches: Breach[] = unconverted.slice(0, cap).map((u) => ({
    clauseId: conversion.id,
    recordId: u.id,
    month: u.month,
    owner: '',
    channel: u.channel,
    value: null,
    limit: 90,
  }));
  const result: ComplianceResult = {
    asOf: '2018-09-01T00:00:00.000Z',
    timeZone: 'America/Sao_Paulo',
    fiscalYearStartMonth: 1,
    reviewRule: doc.review.consecutiveMisses,
    records: 8000,
    sources: [],
    months: [...monthly].map(([month, n]) => ({ month, entered: { mql: n } })),
    conversion: [],
    clauses: [
      {
        id: volume.id,
        title: volume.title,
        type: 'volume',
        ownerTeamId: volume.ownerTeamId,
        unit: 'count',
        period: 'month',
        targetFrom: 'fixed',
        asOf: '2018-09-01T00:00:00.000Z',
        sources: [],
        periods: [...monthly].map(([month, n]) => ({
          period: month,
          from: month,
          to: month,
          actual: n,
          target,
          status: n >= target ? 'met' : 'missed',
          count: n,
          breaches: 0,
          pending: 0,
        })),
        months: [...monthly].map(([month, n]) => ({
          month,
          period: month,
          actual: n,
          toDate: n,
          target,
          count: n,
          breaches: 0,
          pending: 0,
        })),
        streaks: { runs: [], longest: 0, current: 0 },
        reviewTriggered: false,
        byOwner: [],
        byChannel: [],
      },
    ],
    teams: [],
    breaches: { total: unconverted.length, items: breaches },
    flagged: { total: 0, items: [] },
  };
  const snapshot = {
    id: 'olist',
    importedAt: '2018-09-01T10:00:00.000Z',
    asOf: result.asOf,
    files: [],
    result,
  };
  return { ...doc, imports: { ...doc.imports, snapshots: [snapshot] } };
}
