import type { Language, Workbook } from '../workbook/schema';
import { exportTranslator } from './agreement-text';
import { revisionInfo } from './revision';

export type Paper = 'a4' | 'letter';
export const PAPERS: readonly Paper[] = ['a4', 'letter'];

/** What the print view is handed: it derives everything else (revision, plan, compliance) itself. */
export interface PrintData {
  doc: Workbook;
  lang: Language;
  paper: Paper;
}

/**
 * Which pages one print produces. The PDF is printed in two parts — the cover alone, without running
 * header and footer, and the body with them — and joined afterwards (src/main/export/pdf/); the
 * Export screen's preview shows `all`.
 */
export type PrintPart = 'cover' | 'body' | 'all';

/** One print of the view: the data, the part, and (from the second pass on) where each section starts. */
export interface PrintRequest {
  data: PrintData;
  part: PrintPart;
  /** Body page on which each section's heading lands (anchor id → 1-based page), for the contents. */
  pageNumbers?: Record<string, number>;
}

/** The window message that hands a PrintRequest to print.html when it runs outside Electron. */
export const PRINT_MESSAGE = 'pacto:print';

/** Attribute the print view sets on <html> once every section and chart is drawn. */
export const READY_ATTRIBUTE = 'data-ready';

/** Anchor id of a section's heading: the contents links to it and the PDF outline points at it. */
export const sectionAnchor = (id: string): string => `section-${id}`;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * Running header and footer of the body pages for Chromium's page.pdf and Electron's printToPDF (same
 * template syntax). One title — the agreement's — in the header with the revision and its status; the
 * page number in the footer. They are HTML strings, so the user's title is escaped here. Chromium
 * draws template text at about ¾ of its CSS size, so 11.5px prints near 8.5 pt.
 */
export function pageTemplates(data: PrintData): { headerTemplate: string; footerTemplate: string } {
  const t = exportTranslator(data.lang);
  const rev = revisionInfo(data.doc);
  const title = escapeHtml(data.doc.meta.title || t('docTitle'));
  const status = rev.signed ? t('revisionStatus.signed') : t('watermark');
  const style =
    "font-family: 'Noto Sans', 'DejaVu Sans', Helvetica, Arial, sans-serif; font-size: 11.5px; color: #3d4650; width: 100%; box-sizing: border-box; padding: 0 14mm; display: flex; justify-content: space-between; gap: 8mm;";
  const page = escapeHtml(t('pdf.page', { page: '\u0000', pages: '\u0001' }))
    .replace('\u0000', '<span class="pageNumber"></span>')
    .replace('\u0001', '<span class="totalPages"></span>');
  const company = escapeHtml(data.doc.meta.company);
  return {
    headerTemplate: `<div style="${style}"><span style="overflow: hidden; white-space: nowrap; text-overflow: ellipsis;">${title}</span><span style="white-space: nowrap;">${escapeHtml(
      t('pdf.revision', { number: rev.number }),
    )} · ${escapeHtml(status)}</span></div>`,
    footerTemplate: `<div style="${style}"><span>${company}</span><span style="white-space: nowrap;">${page}</span></div>`,
  };
}

/** Margins leave room for the header and footer templates. */
export const PAGE_MARGINS = { top: '20mm', bottom: '18mm', left: '14mm', right: '14mm' } as const;

/** Page setup of one print, the same for Electron and Chromium: the cover has no header or footer. */
export function pageSetup(request: PrintRequest): {
  format: 'A4' | 'Letter';
  displayHeaderFooter: boolean;
  headerTemplate: string;
  footerTemplate: string;
  margin: typeof PAGE_MARGINS;
} {
  const templates =
    request.part === 'cover' ? { headerTemplate: '', footerTemplate: '' } : pageTemplates(request.data);
  return {
    format: request.data.paper === 'letter' ? 'Letter' : 'A4',
    displayHeaderFooter: request.part !== 'cover',
    ...templates,
    margin: PAGE_MARGINS,
  };
}
