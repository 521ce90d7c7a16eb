import { DateKind, parseDateCell, resolveOrder, type OrderEvidence } from './dates';

/**
 * Columns of a sample whose every non-empty value is a year-last date that reads both as d/m/y and
 * m/d/y: the wizard asks about these before importing (the full file may still settle them).
 */
export function ambiguousDateColumns(headers: string[], rows: string[][]): string[] {
  const out: string[] = [];
  headers.forEach((h, col) => {
    const e: OrderEvidence = { yearLast: 0, dmyOnly: 0, mdyOnly: 0 };
    let values = 0;
    for (const r of rows) {
      const v = (r[col] ?? '').trim();
      if (v === '') continue;
      values++;
      const d = parseDateCell(v);
      if (d.kind !== DateKind.YearLast) return;
      e.yearLast++;
      if (d.firstOver12) e.dmyOnly++;
      if (d.secondOver12) e.mdyOnly++;
    }
    if (values > 0 && resolveOrder(e, undefined) === undefined) out.push(h);
  });
  return out;
}
