import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp } from './harness';
import { main } from '../../src/main/cli';
import { contentHash } from '../../src/shared/workbook/hash';
import { serializeWorkbook } from '../../src/shared/workbook/document';
import { signOff } from '../../src/shared/workbook/signoff';
import { createFromTemplate } from '../../src/shared/workbook/templates';
import type { Language, Workbook } from '../../src/shared/workbook/schema';
import {
  HOSTILE_FORMULA,
  HOSTILE_HTML,
  NOW,
  hostileWorkbook,
  withOlistSnapshot,
} from '../unit/export/fixtures';

const ARTIFACTS = resolve('test/artifacts');

/** Runs `pacto export --pdf` on a workbook and returns the PDF's text, page by page. */
async function exportPdf(doc: Workbook, lang: Language, paper: 'a4' | 'letter', name: string) {
  const dir = mkdtempSync(join(tmpdir(), 'pacto-pdf-'));
  writeFileSync(join(dir, 'sla.pacto'), serializeWorkbook(doc));
  const err: string[] = [];
  const code = await main(
    ['export', '--workbook', 'sla.pacto', '--pdf', `${name}.pdf`, '--paper', paper, '--lang', lang],
    { stdout: () => undefined, stderr: (s) => void err.push(s), cwd: dir, env: process.env },
  );
  expect(err.join('')).toBe('');
  expect(code).toBe(0);
  const pdf = join(dir, `${name}.pdf`);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))!;
  const text = Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }),
  );
  // In reading order (-raw) the rotated watermark is a line of its own.
  const rawLines = Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-raw', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], {
      encoding: 'utf8',
    }).split('\n'),
  );
  return { pdf, text, rawLines, all: text.join('\n'), width: Number(size[1]), height: Number(size[2]) };
}

/** Collapses the line breaks pdftotext puts inside wrapped titles. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('PDF export (print view in Chromium)', () => {
  it('prints every clause title in Spanish, the draft watermark and the content hash on the sign-off page', async () => {
    const doc = withOlistSnapshot(hostileWorkbook('es'));
    const { pdf, text, rawLines, all, width, height } = await exportPdf(doc, 'es', 'a4', 'acuerdo-es');
    // A4 is 595 × 842 points.
    expect(Math.round(width)).toBe(596);
    expect(Math.round(height)).toBe(843);
    for (const clause of doc.clauses) expect(flat(all)).toContain(clause.title);
    // Cover, contents and section titles in Spanish; page numbers in the footer.
    expect(text[0]).toContain('Acuerdo de nivel de servicio entre ventas y marketing');
    expect(flat(text[1]!)).toContain('Índice');
    expect(flat(all)).toContain('Plan de embudo');
    expect(flat(all)).toContain('Resumen de cumplimiento');
    expect(flat(text[0]!)).toContain(`Página 1 de ${text.length}`);
    // Unsigned: the watermark is printed on every page.
    expect(rawLines.every((lines) => lines.includes('Borrador'))).toBe(true);
    const last = text[text.length - 1]!;
    expect(last).toContain('Firma');
    expect(last).toContain(contentHash(doc));
    for (const team of doc.parties.teams.filter((t) => t.approver))
      expect(flat(last)).toContain(team.approver);
    // Hostile user text comes out as the literal characters.
    expect(flat(all)).toContain(HOSTILE_FORMULA);
    expect(flat(all)).toContain(HOSTILE_HTML);

    mkdirSync(ARTIFACTS, { recursive: true });
    copyFileSync(pdf, join(ARTIFACTS, 'export-es-a4.pdf'));
    const funnelPage = text.findIndex(
      (page) => page.includes('Plan de embudo') && page.includes('Plan de referencia'),
    );
    for (const [page, name] of [
      [1, 'export-es-cover'],
      [funnelPage + 1, 'export-es-funnel'],
      [text.length, 'export-es-signoff'],
    ] as const) {
      execFileSync('pdftoppm', [
        '-f',
        String(page),
        '-l',
        String(page),
        '-r',
        '70',
        '-png',
        '-singlefile',
        pdf,
        join(ARTIFACTS, name),
      ]);
    }
    expect(readFileSync(join(ARTIFACTS, 'export-es-funnel.png')).subarray(1, 4).toString()).toBe('PNG');
  });

  it('prints a signed revision in English on Letter paper, without the watermark, with the signatories', async () => {
    const draft = createFromTemplate('b2b', 'en', NOW);
    const signed = signOff(
      draft,
      [
        { name: 'Lucy Ferrer', role: 'CMO', teamId: draft.parties.teams[0]!.id, date: '2026-02-01' },
        { name: 'Martha Soler', role: 'VP Sales', teamId: draft.parties.teams[2]!.id, date: '2026-02-02' },
      ],
      NOW,
    );
    if (!signed.ok) throw new Error(signed.error.code);
    const doc = signed.value;
    const { text, rawLines, all, width } = await exportPdf(doc, 'en', 'letter', 'agreement-en');
    expect(Math.round(width)).toBe(612);
    for (const clause of doc.clauses) expect(flat(all)).toContain(clause.title);
    expect(flat(text[1]!)).toContain('Contents');
    // No watermark on any page (a clause's workshop status "Draft" stays inline with its title).
    expect(rawLines.some((lines) => lines.includes('Draft'))).toBe(false);
    expect(flat(text[0]!)).toContain('Revision 1 · Signed');
    const last = flat(text[text.length - 1]!);
    expect(last).toContain('Sign-off');
    expect(last).toContain('Lucy Ferrer');
    expect(last).toContain('VP Sales');
    expect(last).toContain('February 2, 2026');
    expect(last).toContain(doc.signOff.revisions[0]!.hash);
  });
});

describe('Export screen', () => {
  afterAll(closeBrowser);

  it('previews the agreement and saves a PDF and an .xlsx through Save As dialogs', async () => {
    const app = await launchApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Start from the B2B example' }).click();
    await page.getByRole('button', { name: 'Export' }).first().click();
    const preview = page.getByLabel('Preview');
    await expect.poll(() => preview.textContent()).toContain('Contents');
    const pdf = join(app.tmp, 'agreement.pdf');
    app.dialogs.answerSave(pdf);
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    await expect
      .poll(() => page.getByTestId('export-status').textContent(), { timeout: 60_000 })
      .toContain('Saved agreement.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = join(app.tmp, 'agreement.xlsx');
    app.dialogs.answerSave(xlsx);
    await page.getByRole('button', { name: 'Export Excel…' }).click();
    await expect
      .poll(() => page.getByTestId('export-status').textContent(), { timeout: 60_000 })
      .toContain('Saved agreement.xlsx');
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    await page.getByRole('button', { name: 'Show in folder' }).click();
    await app.screenshot('export-screen');
    await app.close();
  });
});
