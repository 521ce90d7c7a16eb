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

/** The window message that hands PrintData to print.html when it runs outside Electron. */
export const PRINT_MESSAGE = 'pacto:print';

/** Attribute the print view sets on <html> once every section and chart is drawn. */
export const READY_ATTRIBUTE = 'data-ready';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * Page header and footer for Chromium's page.pdf and Electron's printToPDF (same template syntax).
 * They are HTML strings, so the user's title is escaped here; the page numbers are Chromium's.
 */
export function pageTemplates(data: PrintData): { headerTemplate: string; footerTemplate: string } {
  const t = exportTranslator(data.lang);
  const rev = revisionInfo(data.doc);
  const title = escapeHtml(data.doc.meta.title || t('untitled'));
  const status = rev.signed ? t('revisionStatus.signed') : t('watermark');
  const style = 'font-family: sans-serif; font-size: 8px; color: #555; width: 100%; padding: 0 14mm;';
  const page = escapeHtml(t('pdf.page', { page: '\u0000', pages: '\u0001' }))
    .replace('\u0000', '<span class="pageNumber"></span>')
    .replace('\u0001', '<span class="totalPages"></span>');
  return {
    headerTemplate: `<div style="${style} display: flex; justify-content: space-between;"><span>${title}</span><span>${escapeHtml(
      t('pdf.revision', { number: rev.number }),
    )} · ${escapeHtml(status)}</span></div>`,
    footerTemplate: `<div style="${style} display: flex; justify-content: space-between;"><span>${escapeHtml(
      t('docTitle'),
    )}</span><span>${page}</span></div>`,
  };
}

/** Margins leave room for the header and footer templates. */
export const PAGE_MARGINS = { top: '18mm', bottom: '18mm', left: '14mm', right: '14mm' } as const;
