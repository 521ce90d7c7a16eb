import type { stream } from 'exceljs';

/**
 * Two settings exceljs' streaming writer cannot express, added to the XML parts as the writer hands
 * them to its zip (both are written once, at commit, as whole strings):
 *  - xl/workbook.xml: <calcPr fullCalcOnLoad="1"/>, so Excel and LibreOffice recalculate every formula
 *    on open instead of trusting the stored values (the writer always writes an empty calcPr);
 *  - xl/styles.xml: quotePrefix="1" on every cell format whose number format is Text (id 49), the
 *    format protectFormulaLike gives formula-looking text, so Excel keeps such a cell text even when
 *    it is edited and re-entered (the writer has no quotePrefix).
 * exceljs is pinned; a version that names or writes these parts differently fails loudly here.
 */
interface Zip {
  append(source: unknown, data: { name: string }): unknown;
}

const PATCHES: Record<string, (xml: string) => string> = {
  'xl/workbook.xml': (xml) => {
    if (!/<calcPr\b[^>]*\/>/.test(xml)) throw new Error('xlsx: no calcPr in workbook.xml');
    return xml.replace(/<calcPr\b([^>]*?)\s*\/>/, '<calcPr$1 fullCalcOnLoad="1"/>');
  },
  'xl/styles.xml': (xml) => {
    const start = xml.indexOf('<cellXfs');
    const end = xml.indexOf('</cellXfs>');
    if (start < 0 || end < 0) throw new Error('xlsx: no cellXfs in styles.xml');
    const cellXfs = xml
      .slice(start, end)
      .replace(/<xf\b([^>]*)\bnumFmtId="49"([^>]*?)(\/?)>/g, '<xf$1numFmtId="49"$2 quotePrefix="1"$3>');
    return xml.slice(0, start) + cellXfs + xml.slice(end);
  },
};

/** Wraps the writer's zip so the parts above are patched on their way in. Call before commit(). */
export function patchXmlParts(wb: stream.xlsx.WorkbookWriter): () => void {
  const zip = (wb as unknown as { zip: Zip }).zip;
  const append = zip.append.bind(zip);
  const seen = new Set<string>();
  zip.append = (source, data) => {
    // exceljs names some parts with a leading slash and some without.
    const name = data.name.replace(/^\//, '');
    const patch = PATCHES[name];
    if (patch && typeof source === 'string') {
      seen.add(name);
      return append(patch(source), data);
    }
    return append(source, data);
  };
  return () => {
    const missing = Object.keys(PATCHES).filter((name) => !seen.has(name));
    if (missing.length > 0) throw new Error(`xlsx: parts not patched: ${missing.join(', ')}`);
  };
}
