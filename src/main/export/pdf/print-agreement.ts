import { PDFDocument } from '@cantoo/pdf-lib';
import { exportTranslator } from '../../../shared/export/agreement-text';
import { sectionAnchor, type PrintData } from '../../../shared/export/print-data';
import { revisionInfo } from '../../../shared/export/revision';
import { agreementSections } from '../../../shared/export/sections';
import type { PdfRenderer } from '../pdf-renderer';
import { destinationPages, prependCover, setDocumentInfo, setOutline, setPageLabels } from './pdf-structure';

/** Prints after the first that may be needed for the contents' page numbers to settle. */
const MAX_NUMBERING_PASSES = 2;

/**
 * The agreement as a finished PDF. Chromium cannot number a contents page, leave the running header
 * off one page or write an outline, so the document is printed in parts and assembled:
 *   1. the body (contents onward, with header and footer) once, to learn on which page every
 *      section's anchor lands;
 *   2. the body again with those numbers in the contents (the contents is one page whatever the
 *      numbers, so the pages do not move; checked, and printed once more if they did);
 *   3. the cover alone, without header and footer, put in front;
 *   4. an outline entry per section, page labels (cover, then 1…N as the footers read) and the
 *      document information.
 */
export async function printAgreement(renderer: PdfRenderer, data: PrintData, now: Date): Promise<Uint8Array> {
  const sections = agreementSections(data.doc, exportTranslator(data.lang));
  const anchors = sections.map((s) => sectionAnchor(s.id));
  const printer = await renderer.open();
  try {
    let bodyBytes = await printer.print({ data, part: 'body' });
    let body = await PDFDocument.load(bodyBytes);
    let pages = pageNumbers(body, anchors);
    for (let pass = 0; pass < MAX_NUMBERING_PASSES; pass++) {
      bodyBytes = await printer.print({ data, part: 'body', pageNumbers: pages });
      body = await PDFDocument.load(bodyBytes);
      const settled = pageNumbers(body, anchors);
      const same = anchors.every((a) => settled[a] === pages[a]);
      pages = settled;
      if (same) break;
    }
    const cover = await PDFDocument.load(await printer.print({ data, part: 'cover' }));
    await prependCover(body, cover);
    finish(body, data, now, sections);
    return await body.save();
  } finally {
    await printer.close();
  }
}

/** Body page (1-based, as the footer prints it) of each anchor that made it into the PDF. */
function pageNumbers(body: PDFDocument, anchors: readonly string[]): Record<string, number> {
  const dests = destinationPages(body);
  const numbers: Record<string, number> = {};
  for (const anchor of anchors) {
    const index = dests.get(anchor);
    if (index !== undefined) numbers[anchor] = index + 1;
  }
  return numbers;
}

function finish(
  pdf: PDFDocument,
  data: PrintData,
  now: Date,
  sections: ReturnType<typeof agreementSections>,
): void {
  const t = exportTranslator(data.lang);
  const { doc } = data;
  const revision = revisionInfo(doc);
  const title = doc.meta.title || t('docTitle');
  setOutline(
    pdf,
    sections.map((s) => ({
      title: s.number === null ? s.title : `${s.number}. ${s.title}`,
      destination: sectionAnchor(s.id),
    })),
  );
  setPageLabels(pdf, t('pdf.coverLabel'));
  setDocumentInfo(pdf, {
    title,
    author: doc.meta.company || 'Pacto',
    subject: t('pdf.subject', {
      revision: revision.number,
      status: revision.signed ? t('revisionStatus.signed') : t('revisionStatus.draft'),
    }),
    keywords: [t('pdf.keywords'), doc.meta.company, 'Pacto'].filter(Boolean).join(', '),
    language: data.lang === 'es' ? 'es-ES' : 'en',
    date: now,
  });
}
