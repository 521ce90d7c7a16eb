import type { Alignment, Borders, Fill, Font, Style } from 'exceljs';
import type { Language } from '../../../shared/workbook/schema';

/**
 * Cell values and styles shared by every sheet. User text only ever becomes a plain string cell:
 * exceljs writes strings as inline text, so `=HYPERLINK(...)` stays the literal text a person typed.
 */

/** XML 1.0 cannot carry most C0 control characters; a stray one would make the whole file unreadable. */
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * User text as a string cell value: never a formula, hyperlink or rich-text object. Line breaks
 * become LF, which is what XML keeps of a bare CR anyway.
 */
export function text(value: string | null | undefined): string {
  return String(value ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(XML_INVALID, '');
}

/** Text Excel would take for a formula if it were typed into a cell. */
export const isFormulaLike = (value: string): boolean => /^[=+\-@\t\r]/.test(value);

/** Excel's built-in Text number format (id 49): cells in it keep what is typed as text. */
export const TEXT_FORMAT = '@';

/** A calendar date (YYYY-MM-DD or ISO date-time) as a Date that exceljs writes as that day's serial. */
export function dateCell(iso: string): Date | string {
  if (!iso) return '';
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? text(iso) : date;
}

/**
 * An instant as the wall-clock time in `timeZone` (a spreadsheet cell has no zone): "as of 18:04" in
 * Madrid reads 18:04 in the sheet, as `pacto measure` and the PDF say it, not the UTC 17:04.
 */
export function zonedDateTimeCell(iso: string, timeZone: string): Date | string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return text(iso);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(date)
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
  return new Date(
    Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!),
  );
}

export interface Formats {
  integer: string;
  decimal: string;
  percent: string;
  money: string;
  date: string;
  dateTime: string;
}

/** Excel number formats for the workbook's language and currency (the symbol placed as Intl places it). */
export function formatsFor(lang: Language, currency: string): Formats {
  const parts = new Intl.NumberFormat(lang, { style: 'currency', currency }).formatToParts(1);
  const symbol = parts.find((part) => part.type === 'currency')?.value ?? currency;
  const symbolFirst = parts.findIndex((part) => part.type === 'currency') === 0;
  const quoted = `"${symbol.replace(/"/g, '')}"`;
  return {
    integer: '#,##0',
    decimal: '#,##0.0',
    percent: '0.0%',
    money: symbolFirst ? `${quoted}#,##0` : `#,##0 ${quoted}`,
    date: lang === 'es' ? 'dd/mm/yyyy' : 'yyyy-mm-dd',
    dateTime: lang === 'es' ? 'dd/mm/yyyy hh:mm' : 'yyyy-mm-dd hh:mm',
  };
}

const thin = { style: 'thin' as const, color: { argb: 'FFB7C3D0' } };
const border: Partial<Borders> = { top: thin, bottom: thin, left: thin, right: thin };

export const headerStyle: Partial<Style> = {
  font: { bold: true, color: { argb: 'FFFFFFFF' } } satisfies Partial<Font>,
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3A5F' } } satisfies Fill,
  alignment: { vertical: 'middle', wrapText: true } satisfies Partial<Alignment>,
  border,
};

export const titleStyle: Partial<Style> = { font: { bold: true, size: 14, color: { argb: 'FF1F3A5F' } } };
export const labelStyle: Partial<Style> = { font: { bold: true } };
export const bodyStyle: Partial<Style> = { alignment: { vertical: 'top', wrapText: true }, border };

/** Input cells of the funnel sheet: blue text, as in financial models, so readers know what to change. */
export const inputStyle: Partial<Style> = {
  font: { color: { argb: 'FF0000FF' } },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF7D6' } },
  border,
};
