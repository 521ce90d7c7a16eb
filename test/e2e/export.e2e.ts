import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp } from './harness';
import { main } from '../../src/main/cli';
import { contentHash } from '../../src/shared/workbook/hash';
import { parseWorkbook, serializeWorkbook } from '../../src/shared/workbook/document';
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
import { OLIST_DEALS, OLIST_LEADS } from '../fixtures/olist/paths';

const ARTIFACTS = resolve('test/artifacts/export');

/** Runs `pacto export --pdf` on a workbook and reads the PDF back with poppler's tools. */
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
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const field = (key: string) => new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(info)?.[1]?.trim() ?? '';
  const pages = Number(field('Pages'));
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
  const text = Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }),
  );
  const layout = (page: number) =>
    execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], {
      encoding: 'utf8',
    });
  // In reading order (-raw) a rotated text watermark would be a line of its own.
  const rawLines = Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-raw', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], {
      encoding: 'utf8',
    }).split('\n'),
  );
  mkdirSync(ARTIFACTS, { recursive: true });
  copyFileSync(pdf, join(ARTIFACTS, `${name}.pdf`));
  return {
    pdf,
    info: field,
    text,
    layout,
    rawLines,
    all: text.join('\n'),
    outline: outlineOf(pdf),
    width: Number(size[1]),
    height: Number(size[2]),
  };
}

/** The PDF outline (bookmarks) as poppler reads it: title and the (physical, 1-based) page it opens. */
function outlineOf(pdf: string): { title: string; page: number }[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-q', '-stdout', pdf], { encoding: 'utf8' });
  const outline = /<outline>([\s\S]*?)<\/outline>/.exec(xml)?.[1] ?? '';
  const unescape = (s: string) =>
    s
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'");
  return [...outline.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map((m) => ({
    page: Number(m[1]),
    title: unescape(m[2]!),
  }));
}

/** The smallest horizontal gap, in points, between two figures printed next to each other on a page. */
function narrowestGap(pdf: string, page: number): number {
  const xml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], {
    encoding: 'utf8',
  });
  const words = [
    ...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g),
  ]
    .filter((m) => /^\d[\d.,\u00a0]*%?$/.test(m[4]!) && !m[4]!.endsWith(','))
    .map((m) => ({ x0: Number(m[1]), y: Math.round(Number(m[2])), x1: Number(m[3]) }))
    .sort((a, b) => a.y - b.y || a.x0 - b.x0);
  let gap = Infinity;
  for (let i = 1; i < words.length; i++) {
    if (words[i]!.y === words[i - 1]!.y) gap = Math.min(gap, words[i]!.x0 - words[i - 1]!.x1);
  }
  return gap;
}

/** Renders one page to PNG in test/artifacts/export and returns its pixels. */
function render(pdf: string, page: number, name: string, dpi = 60): PNG {
  const base = join(ARTIFACTS, name);
  execFileSync('pdftoppm', [
    '-f',
    String(page),
    '-l',
    String(page),
    '-r',
    String(dpi),
    '-png',
    '-singlefile',
    pdf,
    base,
  ]);
  return PNG.sync.read(readFileSync(`${base}.png`));
}

/** Pixels clearly red (the draft watermark's colour), counted on a rendered page. */
function reddish(png: PNG): number {
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    if (r > g + 15 && r > b + 15) n += 1;
  }
  return n;
}

/** Collapses the line breaks pdftotext puts inside wrapped titles. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

/** Contents lines as printed: "3. Etapas del ciclo de vida ……… 4" → title and body page number. */
function contentsOf(layout: string): { title: string; page: number }[] {
  return layout
    .split('\n')
    .filter((line) => !/Página \d+ de|Page \d+ of/.test(line))
    .map((line) => /^\s*(?:\d+\.\s+)?(\S.*?)\s+(\d+)\s*$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ title: m[1]!.trim(), page: Number(m[2]) }));
}

describe('PDF export (print view in Chromium, assembled with pdf-lib)', () => {
  it('Spanish draft on A4: numbered contents, an outline entry per section, clean cover, metadata, no watermark text', async () => {
    const doc = withOlistSnapshot(hostileWorkbook('es'));
    const { pdf, info, text, layout, rawLines, all, outline, width, height } = await exportPdf(
      doc,
      'es',
      'a4',
      'acuerdo-es-a4-borrador',
    );
    // A4 is 595 × 842 points.
    expect(Math.round(width)).toBe(596);
    expect(Math.round(height)).toBe(843);
    const bodyPages = text.length - 1;

    // Metadata names the agreement and Pacto, not HeadlessChrome.
    expect(info('Title')).toBe(doc.meta.title);
    expect(info('Author')).toBe(doc.meta.company);
    expect(info('Subject')).toBe(
      'Acuerdo de nivel de servicio entre ventas y marketing · revisión 1 · Borrador (sin firmar)',
    );
    expect(info('Creator')).toBe('Pacto');
    expect(info('Producer')).toMatch(/^Pacto/);
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).not.toMatch(/HeadlessChrome|Mozilla/);

    // The cover: the title once, no running header, no page number.
    expect(flat(text[0]!)).toContain(doc.meta.title);
    expect(flat(text[0]!).split(doc.meta.title)).toHaveLength(2);
    expect(text[0]).not.toMatch(/Página \d+ de/);
    expect(flat(text[0]!)).toContain('Revisión 1');
    // Body pages: the title in the header, "Página n de N" in the footer, counted from the contents.
    expect(flat(text[1]!)).toContain(doc.meta.title);
    expect(flat(text[1]!)).toContain(`Página 1 de ${bodyPages}`);
    expect(flat(text[text.length - 1]!)).toContain(`Página ${bodyPages} de ${bodyPages}`);

    // Contents with page numbers, and an outline entry per section opening the same page.
    expect(flat(text[1]!)).toContain('Índice');
    const contents = contentsOf(layout(2));
    const titles = [
      'Resumen ejecutivo',
      '1. Partes y funciones',
      '2. Perfiles de comprador',
      '3. Etapas del ciclo de vida',
      '4. Puntuación de leads',
      '5. Compromisos',
      '6. Retroalimentación y comunicación',
      '7. Guía de resolución de problemas',
      '8. Revisión, renegociación y terminación',
      '9. Calendario laboral',
      '10. Plan de embudo',
      '11. Resumen de cumplimiento',
      '12. Firma',
    ];
    expect(outline.map((o) => o.title)).toEqual(titles);
    expect(contents.map((c) => c.title)).toEqual(titles.map((t) => t.replace(/^\d+\.\s+/, '')));
    outline.forEach((entry, i) => {
      // Contents numbers are the footer's (body) numbers: the physical page is one more (the cover).
      expect(entry.page, entry.title).toBe(contents[i]!.page + 1);
      const page = flat(text[entry.page - 1]!);
      expect(page, entry.title).toContain(entry.title);
      expect(page, entry.title).toContain(`Página ${contents[i]!.page} de ${bodyPages}`);
    });
    // Pages only go forward, and the executive summary has its page to itself.
    expect(contents.map((c) => c.page)).toEqual([...contents.map((c) => c.page)].sort((a, b) => a - b));
    expect(contents[1]!.page).toBe(contents[0]!.page + 1);

    // Every clause title; hostile user text as the literal characters.
    for (const clause of doc.clauses) expect(flat(all)).toContain(clause.title);
    expect(flat(all)).toContain(HOSTILE_FORMULA);
    expect(flat(all)).toContain(HOSTILE_HTML);

    // Executive summary: key commitments, the plan's yearly volumes and the latest compliance.
    const summary = flat(text[outline[0]!.page - 1]!);
    expect(summary).toContain('Compromisos clave');
    expect(summary).toContain('917.600');
    expect(summary).toContain('Último cumplimiento medido');

    // Funnel page: months with their year, capacity, and the scenario named once.
    const funnel = flat(text[outline[10]!.page - 1]!);
    expect(funnel).not.toContain('Plan de referencia: Plan de referencia');
    expect(funnel).toMatch(/nov 2025 .*dic 2025 .*ene 2026/);
    expect(funnel).toContain('Capacidad comercial: 5 comerciales × 115 MQL cada uno = 575 MQL al mes');

    // Unsigned: the watermark is on every page as an image, never as text.
    for (const lines of rawLines)
      expect(lines.filter((l) => /^\s*B\s*o\s*r\s*r\s*a\s*d\s*o\s*r\s*$/.test(l))).toEqual([]);
    expect(reddish(render(pdf, 1, 'acuerdo-es-a4-borrador-portada'))).toBeGreaterThan(500);
    expect(reddish(render(pdf, 3, 'acuerdo-es-a4-borrador-resumen'))).toBeGreaterThan(500);

    // No word broken without a hyphen: stage names, in narrow columns, either whole or split at a hyphen.
    for (const word of doc.stages.map((s) => s.name).filter((w) => w.length >= 7)) {
      for (let i = 2; i < word.length - 1; i++) {
        expect(all, word).not.toContain(`${word.slice(0, i)}\n${word.slice(i)}`);
      }
    }

    // Sign-off page: job title lines, effective date, revision history and the content hash.
    const last = flat(text[text.length - 1]!);
    expect(last).toContain('12. Firma');
    expect(last).toContain('Cargo:');
    expect(last).toContain('En vigor desde la fecha de su firma.');
    expect(last).toContain('Historial de revisiones');
    expect(last).toContain(contentHash(doc));
    for (const team of doc.parties.teams.filter((t) => t.approver)) expect(last).toContain(team.approver);

    render(pdf, outline[10]!.page, 'acuerdo-es-a4-borrador-embudo', 80);
    render(pdf, text.length, 'acuerdo-es-a4-borrador-firma', 80);
  });

  it('English signed revision on Letter: no watermark, signatories with job titles, effective date and history', async () => {
    const draft = createFromTemplate('b2b', 'en', NOW);
    const [marketing, , sales] = draft.parties.teams;
    const first = signOff(
      { ...draft, signOff: { ...draft.signOff, effectiveDate: '2026-02-01' } },
      [
        { name: 'Lucy Ferrer', role: 'CMO', teamId: marketing!.id, date: '2026-01-28' },
        { name: 'Martha Soler', role: 'VP Sales', teamId: sales!.id, date: '2026-01-29' },
      ],
      new Date('2026-01-29T10:00:00Z'),
    );
    if (!first.ok) throw new Error(first.error.code);
    // Revision 2 changes a clause's consequence and says why.
    const edited = {
      ...first.value,
      clauses: first.value.clauses.map((c, i) =>
        i === 0 ? { ...c, consequence: 'Reviewed at the next triage.' } : c,
      ),
      signOff: {
        ...first.value.signOff,
        effectiveDate: '2026-03-01',
        changeNote: 'Clearer consequence for volume.',
      },
    };
    const second = signOff(
      edited,
      [
        { name: 'Lucy Ferrer', role: 'CMO', teamId: marketing!.id, date: '2026-02-01' },
        { name: 'Martha Soler', role: 'VP Sales', teamId: sales!.id, date: '2026-02-02' },
      ],
      NOW,
    );
    if (!second.ok) throw new Error(second.error.code);
    const doc = second.value;
    const { pdf, info, text, rawLines, all, outline, width } = await exportPdf(
      doc,
      'en',
      'letter',
      'agreement-en-letter-signed',
    );
    expect(Math.round(width)).toBe(612);
    expect(info('Subject')).toBe('Sales and marketing service-level agreement · revision 2 · Signed');
    expect(outline.map((o) => o.title)).toContain('11. Sign-off');
    for (const clause of doc.clauses) expect(flat(all)).toContain(clause.title);
    expect(flat(text[1]!)).toContain('Contents');
    expect(flat(text[0]!)).toMatch(/Revision 2 Status Signed In force from March 1, 2026/);
    // No watermark on any page, as image or text.
    expect(rawLines.some((lines) => lines.includes('Draft'))).toBe(false);
    expect(reddish(render(pdf, 1, 'agreement-en-letter-signed-cover'))).toBe(0);
    const last = flat(text[text.length - 1]!);
    expect(last).toContain('11. Sign-off');
    expect(last).toContain('Revision 2, signed on February 2, 2026. In force from March 1, 2026.');
    expect(last).toContain('Job title: CMO');
    expect(last).toContain('Job title: VP Sales');
    expect(last).toContain('Signed on: February 2, 2026');
    // History: revision 1 (first version, in force from its agreed date), revision 2 with its note.
    expect(last).toMatch(
      /1 January 29, 2026 February 1, 2026 Lucy Ferrer \(CMO\) Martha Soler \(VP Sales\) First signed version\./,
    );
    expect(last).toMatch(
      /2 February 2, 2026 March 1, 2026 Lucy Ferrer \(CMO\) Martha Soler \(VP Sales\) Clearer consequence for volume\./,
    );
    expect(last).toContain(doc.signOff.revisions[1]!.hash);
    render(pdf, text.length, 'agreement-en-letter-signed-signoff', 80);
    render(pdf, 3, 'agreement-en-letter-signed-summary', 80);
  });

  it('prints both languages on both papers, signed and draft, for a person to look at', async () => {
    const cases = [
      { lang: 'en' as const, paper: 'a4' as const, signed: false },
      { lang: 'es' as const, paper: 'letter' as const, signed: true },
    ];
    for (const c of cases) {
      const draft = createFromTemplate('b2b', c.lang, NOW);
      const signed = signOff(draft, [{ name: 'Ana Ruiz', role: 'CEO', teamId: '', date: '2026-02-01' }], NOW);
      if (!signed.ok) throw new Error(signed.error.code);
      const name = `${c.lang}-${c.paper}-${c.signed ? 'signed' : 'draft'}`;
      const { pdf, text, width, outline } = await exportPdf(
        c.signed ? signed.value : draft,
        c.lang,
        c.paper,
        name,
      );
      expect(Math.round(width)).toBe(c.paper === 'a4' ? 596 : 612);
      expect(outline.length).toBe(12);
      // The month table in blocks that fit: figures side by side never touch (they once did, 0.9 pt
      // apart on Letter and overlapping on A4: "100.800110.400").
      const funnel = outline.findIndex((o) => /plan/i.test(o.title));
      expect(narrowestGap(pdf, outline[funnel]!.page)).toBeGreaterThan(4);
      // Chart, month blocks, capacity and the note fit one page, on Letter too (once the note alone
      // spilled onto a page of its own).
      expect(outline[funnel + 1]!.page - outline[funnel]!.page).toBe(1);
      for (let page = 1; page <= text.length; page++) render(pdf, page, `${name}-${page}`, 50);
    }
  }, 300_000);

  it('the compliance summary of a real `pacto measure`: coverage per file in the calendar zone, current clause names, every status with its reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pacto-measure-'));
    const base = createFromTemplate('b2b', 'es', NOW);
    writeFileSync(join(dir, 'sla.pacto'), serializeWorkbook(base));
    const code = await main(
      [
        'measure',
        '-w',
        'sla.pacto',
        '-s',
        OLIST_LEADS,
        '-s',
        OLIST_DEALS,
        '-j',
        'mql_id',
        '-p',
        'olist',
        '--save',
      ],
      { stdout: () => undefined, stderr: () => undefined, cwd: dir, env: {} },
    );
    expect(code).toBe(0);
    const parsed = parseWorkbook(readFileSync(join(dir, 'sla.pacto'), 'utf8'), 'sla.pacto');
    if (!parsed.ok) throw new Error(parsed.error.code);
    // A clause renamed after the measurement prints under its new name.
    const measured = parsed.value.doc;
    const acceptance = measured.clauses.find((c) => c.type === 'acceptance')!;
    const renamed = 'Aceptar o rechazar cada MQL en dos días laborables';
    const doc: Workbook = {
      ...measured,
      clauses: measured.clauses.map((c) => (c.id === acceptance.id ? { ...c, title: renamed } : c)),
    };
    const { pdf, text, outline } = await exportPdf(doc, 'es', 'a4', 'cumplimiento-es-a4');
    const at = outline.findIndex((o) => o.title === '11. Resumen de cumplimiento');
    const entry = outline[at]!;
    // The section's pages, up to where the sign-off begins.
    const page = flat(text.slice(entry.page - 1, outline[at + 1]!.page - 1).join('\n'));

    // What the files cover, in the workbook calendar's zone (Europe/Madrid): the first MQL is
    // 2017-06-14 00:xx there (13 June in UTC); the leads file is as of 1 June 2018, 00:00.
    expect(page).toContain('Qué fechas cubren los archivos');
    expect(page).toMatch(
      /olist_marketing_qualified_leads_dataset\.csv 14 de junio de 2017 31 de mayo de 2018 1 jun 2018, 0?0:00/,
    );
    expect(page).toMatch(/olist_closed_deals_dataset\.csv 5 de diciembre de 2017 14 de noviembre de 2018/);
    expect(page).toContain('Datos a 14 de noviembre de 2018');

    // Each clause under its current name, with its latest judged period and the open one, in v3 words.
    expect(page).toContain(renamed);
    expect(page).not.toContain(acceptance.title);
    // Months as people say them (not ISO keys), and the zone the instants are given in.
    expect(page).toMatch(/may 2018: 1\.303 \/ 400 · Cumplido/);
    expect(page).toMatch(/may 2018: 1,5 % \/ 95 % · Incumplido/);
    expect(page).toContain('Datos a (Europe/Madrid)');
    expect(page).toContain('No medible (Fuera de las fechas que cubren los archivos)');
    expect(page).toContain('No medible (No hay columna de primer contacto asignada)');
    expect(page).toContain('No medible (Compromiso escrito, lo revisan las personas)');
    expect(page).toMatch(/No medible \(Ningún registro tiene el valor por el que filtra esta cláusula\)/);
    // 12 misses in a row on a proposed clause, and yet no review: the page says why.
    expect(page).toContain('Ningún equipo ha incumplido sus compromisos acordados 2 periodos seguidos');
    expect(page).toContain('Propuesto');
    expect(page).toContain('se miden, pero no cuentan para una revisión');

    // The executive summary counts the latest verdicts in a fixed order.
    const summary = flat(text[outline[0]!.page - 1]!);
    expect(summary).toMatch(/Datos a 14 de noviembre de 2018: Cumplido: 1 · Incumplido: 2 · No medible: 10/);
    render(pdf, entry.page, 'cumplimiento-es-a4-resumen', 80);
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
