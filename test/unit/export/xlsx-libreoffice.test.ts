import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/main/cli';
import { writeAgreementXlsx } from '../../../src/main/export/xlsx/write-agreement-xlsx';
import { serializeWorkbook } from '../../../src/shared/workbook/document';
import { createFromTemplate } from '../../../src/shared/workbook/templates';
import type { Workbook } from '../../../src/shared/workbook/schema';
import { NOW } from './fixtures';
import { rowsLabelled, sheet, sheetPartName } from './xlsx-helpers';

/**
 * The exported funnel recalculated by another spreadsheet engine: LibreOffice, headless. CI installs it
 * (.ci/run: libreoffice-calc); without it these tests fail and say so.
 */
function soffice(): string {
  for (const name of ['soffice', 'libreoffice']) {
    try {
      execFileSync(name, ['--version'], { encoding: 'utf8', stdio: 'pipe' });
      return name;
    } catch {
      // not on PATH under this name: try the next one
    }
  }
  throw new Error(
    'LibreOffice is needed to recalculate the exported .xlsx: sudo apt-get install -y --no-install-recommends libreoffice-calc',
  );
}

/**
 * Converts .xlsx files to .xlsx with LibreOffice, recalculating every formula on load. A private
 * profile sets "recalculate on load: always" (LibreOffice's default trusts the stored values) and
 * keeps parallel runs from sharing one profile.
 */
function recalculate(files: string[], outDir: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'pacto-lo-profile-'));
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(
    join(profile, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  try {
    execFileSync(
      soffice(),
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--convert-to',
        'xlsx',
        '--outdir',
        outDir,
        ...files,
      ],
      { stdio: 'pipe', timeout: 180_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** `pacto plan --json` on a workbook: the yearly volume per stage, as the CLI prints it. */
async function pactoPlanTotals(doc: Workbook, dir: string): Promise<Record<string, number>> {
  writeFileSync(join(dir, 'changed.pacto'), serializeWorkbook(doc));
  const out: string[] = [];
  const code = await main(['plan', '--workbook', 'changed.pacto', '--json'], {
    stdout: (s) => void out.push(s),
    stderr: () => undefined,
    cwd: dir,
    env: {},
  });
  expect(code).toBe(0);
  const json = JSON.parse(out.join('')) as { plan: { totals: Record<string, number> } };
  return json.plan.totals;
}

/** Yearly total (column B) and the stored results of every formula, per row label, after a recalc. */
async function readFunnel(path: string, name: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return sheet(book, name);
}

const result = (cell: ExcelJS.Cell): unknown => {
  const v = cell.value as { result?: unknown } | null;
  return v && typeof v === 'object' && 'formula' in v ? v.result : cell.value;
};

describe('Excel funnel recalculated by LibreOffice', () => {
  it('after a lag is raised in the sheet, every yearly stage total equals `pacto plan` for the same change', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pacto-lo-'));
    const doc = createFromTemplate('b2b', 'es', NOW);
    const exported = join(dir, 'acuerdo.xlsx');
    await writeAgreementXlsx(doc, exported, { now: NOW });

    // Raise Lead → MQL from 14 to 100 days by editing the cell in the sheet's XML, as a person editing
    // the input would; every stored result is left as exported (stale until recalculated).
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(exported);
    const funnel = sheet(book, 'Plan de embudo');
    const lagRow = rowsLabelled(funnel, 'Lead → MQL')[0]!;
    expect(funnel.getCell(lagRow, 3).value).toBe(14);
    const zip = await JSZip.loadAsync(readFileSync(exported));
    const part = sheetPartName(book, 'Plan de embudo');
    const xml = await zip.file(part)!.async('string');
    const lagCell = new RegExp(`(<c r="C${lagRow}"[^>]*>)<v>14</v>`);
    expect(xml).toMatch(lagCell);
    zip.file(part, xml.replace(lagCell, '$1<v>100</v>'));
    const edited = join(dir, 'cambiado.xlsx');
    writeFileSync(edited, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));

    const out = join(dir, 'recalculated');
    recalculate([exported, edited], out);

    const scenario = doc.scenarios.items[0]!;
    const changed: Workbook = {
      ...doc,
      scenarios: {
        ...doc.scenarios,
        items: [
          {
            ...scenario,
            transitions: scenario.transitions.map((t) =>
              t.fromStageId === 'lead' ? { ...t, lagDays: 100 } : t,
            ),
          },
        ],
      },
    };
    const want = await pactoPlanTotals(changed, dir);
    // By hand: the lags move volume, not the year's totals; 917,600 visits as before the change.
    expect(want.visit).toBe(917_600);

    const after = await readFunnel(join(out, 'cambiado.xlsx'), 'Plan de embudo');
    const planTitle = rowsLabelled(after, 'Plan mensual')[0]!;
    // Lags of 100 + 7 + 10 + 45 = 162 days: visits and leads are placed ROUND(162 / 30.4375) = 5 months
    // ahead, so the recalculated timeline starts at fiscal month −4 (it started at −1 as exported).
    expect(result(after.getCell(lagRow, 4))).toBe(5);
    expect(result(after.getCell(planTitle + 1, 4))).toBe(-4);
    doc.stages.forEach((stage, k) => {
      const row = planTitle + 3 + k;
      expect(after.getCell(row, 1).value).toBe(stage.name);
      expect(result(after.getCell(row, 2)), stage.name).toBe(want[stage.id]);
    });
    // The checks agree: the sheet covers the longer lags.
    expect(String(result(after.getCell(rowsLabelled(after, 'Desfases')[0]!, 2)))).toMatch(/^✓/);

    // And unchanged, LibreOffice computes what the export stored in every formula cell.
    const original = await readFunnel(join(out, 'acuerdo.xlsx'), 'Plan de embudo');
    let compared = 0;
    funnel.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (!cell.formula) return;
        const stored = cell.result instanceof Date ? cell.result.getTime() : (cell.result ?? '');
        const recalc = result(original.getCell(r, c));
        const value = recalc instanceof Date ? recalc.getTime() : (recalc ?? '');
        if (typeof stored === 'number') expect(Number(value), cell.address).toBeCloseTo(stored, 6);
        else expect(value, cell.address).toEqual(stored);
        compared += 1;
      }),
    );
    expect(compared).toBeGreaterThan(400);
  }, 240_000);
});
