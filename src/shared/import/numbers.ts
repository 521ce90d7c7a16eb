/**
 * Reads an amount as CRMs and Excel write it: currency signs or codes (`€`, `$`, `R$`, `USD`),
 * grouping with `,` `.` space or apostrophe (including lakh `1,77,000.00`), decimal comma, trailing
 * spaces, `(1.234,50)` or a trailing minus for negatives, `%`. NaN when it is not a number.
 *
 * A lone separator followed by exactly three digits (`1,500`, `1.500`) is ambiguous; it is read as
 * grouping unless `decimalComma` says the export writes decimal commas (then `1,500` = 1.5) — the
 * caller passes true for `;`-delimited files, which is how European Excel saves them.
 */
const PLAIN = /^-?\d+(?:\.\d+)?$/;

export function parseAmount(raw: string, decimalComma: boolean): number {
  let s = raw.trim();
  if (s === '') return NaN;
  // Most exports write plain numbers; `1.500` (three decimals) still needs the rules below.
  if (PLAIN.test(s) && !(decimalComma && /\.\d{3}$/.test(s))) return Number(s);
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1);
  }
  // Currency codes and signs, percent, and the spaces/apostrophes used for grouping.
  s = s.replace(/[A-Za-z]{1,3}\$|[A-Z]{3}|[€$£¥₹₽₩₺%\s\u00a0\u202f']/g, '');
  if (s.endsWith('-')) {
    negative = !negative;
    s = s.slice(0, -1);
  }
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return NaN;

  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let decimal: ',' | '.' | undefined;
  if (lastComma >= 0 && lastDot >= 0) decimal = lastComma > lastDot ? ',' : '.';
  else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const count = s.split(sep).length - 1;
    const digitsAfter = s.length - s.lastIndexOf(sep) - 1;
    if (count > 1) decimal = undefined;
    else if (digitsAfter !== 3) decimal = sep;
    else decimal = sep === ',' ? (decimalComma ? ',' : undefined) : decimalComma ? undefined : '.';
  }
  const group = decimal === ',' ? '.' : decimal === '.' ? ',' : undefined;
  let normal = s;
  if (group) normal = normal.split(group).join('');
  if (!decimal) normal = normal.replace(/[.,]/g, '');
  else if (decimal === ',') normal = normal.replace(',', '.');
  if ((normal.match(/\./g) ?? []).length > 1) return NaN;
  const n = Number(normal);
  return Number.isFinite(n) ? (negative ? -n : n) : NaN;
}
