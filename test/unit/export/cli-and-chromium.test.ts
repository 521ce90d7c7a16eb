import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/main/cli';
import { CHROMIUM_ARGS, findChromium } from '../../../src/main/platform/chromium';
import { serializeWorkbook } from '../../../src/shared/workbook/document';
import { createFromTemplate } from '../../../src/shared/workbook/templates';
import { NOW } from './fixtures';

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s), cwd, env: {} },
    out,
    err,
  };
}

describe('pacto export', () => {
  it('writes the .xlsx in the language asked for', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pacto-cli-export-'));
    writeFileSync(join(dir, 'sla.pacto'), serializeWorkbook(createFromTemplate('b2b', 'es', NOW)));
    const run = io(dir);
    const code = await main(
      ['export', '--workbook', 'sla.pacto', '--xlsx', 'sla.xlsx', '--lang', 'en'],
      run.io,
    );
    expect(run.err.join('')).toBe('');
    expect(code).toBe(0);
    expect(run.out.join('')).toBe(`Wrote ${join(dir, 'sla.xlsx')}\n`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'sla.xlsx'));
    expect(book.worksheets[0]!.name).toBe('Summary');
    // The workbook's own content stays Spanish; only the labels follow --lang.
    expect(book.getWorksheet('Stages')!.getCell('B7').value).toBe('Cliente');
  });

  it('refuses to run without an output, and says why in the chosen language', async () => {
    const run = io(tmpdir());
    expect(await main(['export', '--workbook', 'x.pacto', '--lang', 'es'], run.io)).toBe(2);
    expect(run.err.join('')).toBe(
      'pacto export: Indica --xlsx y/o --pdf.\nEjecuta «pacto export --help» para ver sus opciones y ejemplos.\n',
    );
  });

  it('reports a missing workbook as an error naming the file', async () => {
    const run = io(mkdtempSync(join(tmpdir(), 'pacto-cli-export-')));
    expect(
      await main(['export', '--workbook', 'missing.pacto', '--xlsx', 'a.xlsx', '--lang', 'en'], run.io),
    ).toBe(1);
    expect(run.err.join('')).toContain('missing.pacto');
  });
});

describe('findChromium', () => {
  const only =
    (...present: string[]) =>
    (path: string) =>
      present.includes(path);

  it('takes CHROME_PATH alone when set, else the usual install paths, and null when nothing is installed', () => {
    expect(
      findChromium(
        { CHROME_PATH: '/opt/chrome/chrome' },
        only('/opt/chrome/chrome', '/usr/bin/chromium'),
        'linux',
      ),
    ).toBe('/opt/chrome/chrome');
    // A CHROME_PATH that does not exist is not silently replaced by another browser.
    expect(findChromium({ CHROME_PATH: '/nowhere' }, only('/usr/bin/chromium'), 'linux')).toBeNull();
    expect(findChromium({}, only('/usr/bin/google-chrome'), 'linux')).toBe('/usr/bin/google-chrome');
    expect(
      findChromium({}, only('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'), 'darwin'),
    ).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(
      findChromium(
        { LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' },
        (p) => p.endsWith('chrome.exe') && p.includes('ana'),
        'win32',
      ),
    ).toMatch(/ana.*Google.*chrome\.exe$/);
    expect(findChromium({}, only(), 'linux')).toBeNull();
  });

  it('launches headless without the sandbox or background traffic', () => {
    expect(CHROMIUM_ARGS).toEqual(
      expect.arrayContaining(['--headless', '--no-sandbox', '--disable-background-networking']),
    );
  });
});
