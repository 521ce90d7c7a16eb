import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFString,
} from '@cantoo/pdf-lib';

/**
 * What Chromium's printer cannot do, done on its output with pdf-lib: read where the named anchors
 * landed, put the cover in front, and add the outline, page labels and document information.
 */

/** Page index (0-based) of every named destination: Chromium writes one per link target (`#id`). */
export function destinationPages(pdf: PDFDocument): Map<string, number> {
  const pages = new Map(pdf.getPages().map((page, i) => [page.ref.toString(), i]));
  const found = new Map<string, number>();
  const dests = pdf.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  for (const [name, value] of dests?.entries() ?? []) {
    const target = pdf.context.lookup(value);
    const array = target instanceof PDFDict ? target.lookup(PDFName.of('D')) : target;
    const pageRef = array instanceof PDFArray ? array.get(0) : undefined;
    const index = pageRef instanceof PDFRef ? pages.get(pageRef.toString()) : undefined;
    if (index !== undefined) found.set(decodeName(name), index);
  }
  return found;
}

/** PDF names escape bytes outside printable ASCII as #xx; anchor ids are plain, but decode anyway. */
const decodeName = (name: PDFName) =>
  name
    .asString()
    .slice(1)
    .replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** Inserts the first page of `cover` in front of `body`'s pages. */
export async function prependCover(body: PDFDocument, cover: PDFDocument): Promise<void> {
  const [page] = await body.copyPages(cover, [0]);
  body.insertPage(0, page!);
}

export interface OutlineEntry {
  title: string;
  /** Name of the destination it opens (a named anchor of the body). */
  destination: string;
}

/** A flat outline (bookmarks), one entry per section, opened in the viewer's sidebar. */
export function setOutline(pdf: PDFDocument, entries: readonly OutlineEntry[]): void {
  if (entries.length === 0) return;
  const { context } = pdf;
  const rootRef = context.nextRef();
  const refs = entries.map(() => context.nextRef());
  entries.forEach((entry, i) => {
    const item = context.obj({});
    item.set(PDFName.of('Title'), PDFHexString.fromText(entry.title));
    item.set(PDFName.of('Parent'), rootRef);
    item.set(PDFName.of('Dest'), PDFName.of(entry.destination));
    if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < refs.length - 1) item.set(PDFName.of('Next'), refs[i + 1]!);
    context.assign(refs[i]!, item);
  });
  const root = context.obj({});
  root.set(PDFName.of('Type'), PDFName.of('Outlines'));
  root.set(PDFName.of('First'), refs[0]!);
  root.set(PDFName.of('Last'), refs[refs.length - 1]!);
  root.set(PDFName.of('Count'), PDFNumber.of(refs.length));
  context.assign(rootRef, root);
  pdf.catalog.set(PDFName.of('Outlines'), rootRef);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/**
 * Page labels, so a viewer's page box reads as the printed footer does: the cover carries a name
 * and no number, the body is numbered from 1.
 */
export function setPageLabels(pdf: PDFDocument, coverLabel: string): void {
  const { context } = pdf;
  const cover = context.obj({});
  cover.set(PDFName.of('P'), PDFHexString.fromText(coverLabel));
  const body = context.obj({});
  body.set(PDFName.of('S'), PDFName.of('D'));
  body.set(PDFName.of('St'), PDFNumber.of(1));
  const nums = context.obj([PDFNumber.of(0), cover, PDFNumber.of(1), body]);
  const labels = context.obj({});
  labels.set(PDFName.of('Nums'), nums);
  pdf.catalog.set(PDFName.of('PageLabels'), context.register(labels));
}

export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  language: string;
  date: Date;
}

/** The document information dictionary, replacing Chromium's (which names HeadlessChrome as creator). */
export function setDocumentInfo(pdf: PDFDocument, info: DocumentInfo): void {
  pdf.setTitle(info.title, { showInWindowTitleBar: true });
  pdf.setAuthor(info.author);
  pdf.setSubject(info.subject);
  pdf.setKeywords([info.keywords]);
  pdf.setCreator('Pacto');
  pdf.setProducer('Pacto (Chromium, pdf-lib)');
  pdf.setCreationDate(info.date);
  pdf.setModificationDate(info.date);
  pdf.catalog.set(PDFName.of('Lang'), PDFString.of(info.language));
}
