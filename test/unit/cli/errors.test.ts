/**
 * Every way `pacto` can fail, as a person reads it on stderr: the exit code the README gives (1 a
 * failed run, 2 bad usage) and a message in words — no errno codes, no temporary file names.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializeWorkbook } from '../../../src/shared/workbook/document';
import { createFromTemplate } from '../../../src/shared/workbook/templates';
import { OLIST_LEADS } from '../../fixtures/olist/paths';
import { pacto } from './run';

const EN = { LANG: 'en_US.UTF-8' };
const ES = { LANG: 'es_ES.UTF-8' };
let dir = '';
const run = (args: string[], env: Record<string, string> = EN) => pacto(args, { cwd: dir, env });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pacto-cli-errors-'));
  writeFileSync(
    join(dir, 'sla.pacto'),
    serializeWorkbook(createFromTemplate('b2b', 'en', new Date('2026-03-01T12:00:00Z'))),
  );
  mkdirSync(join(dir, 'folder.pacto'));
  writeFileSync(join(dir, 'odd.csv'), 'Ticket,Opened on,Agent\nT-1,2026-01-05,Ana\nT-2,2026-01-06,Luis\n');
});

describe('files that cannot be read (exit 1)', () => {
  it('a workbook that does not exist: “no such file”, in every command and both languages', async () => {
    for (const args of [
      ['plan', '-w', 'nope.pacto'],
      ['measure', '-w', 'nope.pacto', '-s', OLIST_LEADS],
      ['export', '-w', 'nope.pacto', '--xlsx', 'out.xlsx'],
    ]) {
      expect(await run(args)).toEqual({
        code: 1,
        out: '',
        err: `pacto ${args[0]}: Could not read “nope.pacto”: no such file or folder\n`,
      });
    }
    expect((await run(['plan', '-w', 'nope.pacto'], ES)).err).toBe(
      'pacto plan: No se pudo leer «nope.pacto»: no existe el archivo o la carpeta\n',
    );
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(false);
  });

  it('a folder given as the workbook', async () => {
    expect(await run(['plan', '-w', 'folder.pacto'])).toEqual({
      code: 1,
      out: '',
      err: 'pacto plan: Could not read “folder.pacto”: it is a folder, not a file\n',
    });
    expect((await run(['plan', '-w', 'folder.pacto'], ES)).err).toBe(
      'pacto plan: No se pudo leer «folder.pacto»: es una carpeta, no un archivo\n',
    );
  });

  it('a CRM export that does not exist, and one whose columns match no preset', async () => {
    expect(await run(['measure', '-w', 'sla.pacto', '-s', 'nope.csv'])).toEqual({
      code: 1,
      out: '',
      err: 'pacto measure: Could not read “nope.csv”: no such file or folder\n',
    });
    expect(await run(['measure', '-w', 'sla.pacto', '-s', 'odd.csv'])).toEqual({
      code: 1,
      out: '',
      err:
        'pacto measure: The columns of “odd.csv” match no preset. Name one with --preset ' +
        '(hubspot, hubspot-es, salesforce, pipedrive, zoho, olist) or map the columns with --mapping <mapping.json>.\n',
    });
    expect((await run(['measure', '-w', 'sla.pacto', '-s', 'odd.csv'], ES)).err).toMatch(
      /^pacto measure: Las columnas de «odd\.csv» no coinciden con ningún preset\. Indica uno con --preset \(hubspot, .*\) o asigna las columnas con --mapping/,
    );
  });
});

describe('bad usage (exit 2), with the valid values', () => {
  const first = async (args: string[], env = EN) => {
    const r = await run(args, env);
    return [r.code, r.err.split('\n')[0], r.out];
  };

  it('an unknown preset, time zone, --as-of, template or paper size', async () => {
    expect(await first(['measure', '-w', 'sla.pacto', '-s', 'odd.csv', '-p', 'hubspot2'])).toEqual([
      2,
      'pacto measure: Unknown preset “hubspot2”. Presets: hubspot, hubspot-es, salesforce, pipedrive, zoho, olist.',
      '',
    ]);
    expect(
      await first(['measure', '-w', 'sla.pacto', '-s', 'odd.csv', '--time-zone', 'Europe/Madird']),
    ).toEqual([
      2,
      'pacto measure: Unknown time zone “Europe/Madird”: use an IANA name such as Europe/Madrid or America/New_York.',
      '',
    ]);
    expect(await first(['measure', '-w', 'sla.pacto', '-s', 'odd.csv', '--as-of', 'last Friday'])).toEqual([
      2,
      'pacto measure: --as-of “last Friday” is not an ISO date-time.',
      '',
    ]);
    expect(await first(['new', '-t', 'saas', '-o', 'x.pacto'])).toEqual([
      2,
      'pacto new: Unknown template “saas”. Templates: b2b, blank.',
      '',
    ]);
    expect(await first(['export', '-w', 'sla.pacto', '--pdf', 'x.pdf', '--paper', 'a3'])).toEqual([
      2,
      'pacto export: Unknown paper size “a3”. Sizes: a4, letter.',
      '',
    ]);
    expect(await first(['export', '-w', 'sla.pacto', '--pdf', 'x.pdf', '--paper', 'a3'], ES)).toEqual([
      2,
      'pacto export: Tamaño de papel desconocido «a3». Tamaños: a4, letter.',
      '',
    ]);
    expect(existsSync(join(dir, 'x.pacto'))).toBe(false);
  });

  it('the same in Spanish', async () => {
    const cases: [string[], string][] = [
      [
        ['measure', '-w', 'sla.pacto', '-s', 'odd.csv', '-p', 'hubspot2'],
        'pacto measure: Preset desconocido «hubspot2». Presets: hubspot, hubspot-es, salesforce, pipedrive, zoho, olist.',
      ],
      [
        ['measure', '-w', 'sla.pacto', '-s', 'odd.csv', '--time-zone', 'Europe/Madird'],
        'pacto measure: Zona horaria desconocida «Europe/Madird»: usa un nombre IANA como Europe/Madrid o America/New_York.',
      ],
      [
        ['measure', '-w', 'sla.pacto', '-s', 'odd.csv', '--as-of', 'el viernes'],
        'pacto measure: --as-of «el viernes» no es una fecha y hora ISO.',
      ],
      [
        ['new', '-t', 'saas', '-o', 'x.pacto'],
        'pacto new: Plantilla desconocida «saas». Plantillas: b2b, blank.',
      ],
      [['plan'], 'pacto plan: Falta -w, --workbook.'],
      [['medir'], 'pacto: Orden desconocida «medir». Órdenes: new, plan, measure, export.'],
    ];
    for (const [args, message] of cases) expect(await first(args, ES)).toEqual([2, message, '']);
    const chrome = await pacto(['export', '-w', 'sla.pacto', '--pdf', 'x.pdf'], {
      cwd: dir,
      env: { ...ES, CHROME_PATH: '/no/such/chrome' },
    });
    expect([chrome.code, chrome.err]).toEqual([
      1,
      'pacto export: CHROME_PATH indica «/no/such/chrome», que no existe. Apúntalo a un ejecutable de Chrome o Chromium, o quítalo. No se ha escrito nada.\n',
    ]);
  });

  it('a missing --workbook, --source or output', async () => {
    expect(await first(['plan'])).toEqual([2, 'pacto plan: Missing -w, --workbook.', '']);
    expect(await first(['export', '--xlsx', 'a.xlsx'])).toEqual([
      2,
      'pacto export: Missing -w, --workbook.',
      '',
    ]);
    expect(await first(['measure', '-w', 'sla.pacto'])).toEqual([
      2,
      'pacto measure: Missing --source <file.csv>.',
      '',
    ]);
    expect(await first(['export', '-w', 'sla.pacto'])).toEqual([
      2,
      'pacto export: Give --xlsx and/or --pdf.',
      '',
    ]);
    expect(await first(['new'])).toEqual([
      2,
      'pacto new: Say where to write the workbook: --out <file.pacto>.',
      '',
    ]);
  });
});

describe('files that cannot be written (exit 1)', () => {
  it('names the file, says why in words, leaks no temporary file and claims no previous version', async () => {
    const r = await run(['export', '-w', 'sla.pacto', '--xlsx', join('no-such-folder', 'out.xlsx')]);
    expect(r).toEqual({
      code: 1,
      out: '',
      err: 'pacto export: Could not save “out.xlsx”: no such file or folder.\n',
    });
    const es = await run(['export', '-w', 'sla.pacto', '--xlsx', join('no-such-folder', 'out.xlsx')], ES);
    expect(es.err).toBe('pacto export: No se pudo guardar «out.xlsx»: no existe el archivo o la carpeta.\n');
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('a CHROME_PATH that does not exist is an error, and neither file is written', async () => {
    const r = await pacto(['export', '-w', 'sla.pacto', '--xlsx', 'both.xlsx', '--pdf', 'both.pdf'], {
      cwd: dir,
      env: { ...EN, CHROME_PATH: join(dir, 'chrome-that-is-not-there') },
    });
    expect(r).toEqual({
      code: 1,
      out: '',
      err: `pacto export: CHROME_PATH is set to “${join(dir, 'chrome-that-is-not-there')}”, which does not exist. Point it at a Chrome or Chromium executable, or unset it. Nothing was written.\n`,
    });
    expect([existsSync(join(dir, 'both.xlsx')), existsSync(join(dir, 'both.pdf'))]).toEqual([false, false]);
  });

  it('a browser that does not start: the PDF fails and the message says the .xlsx was written', async () => {
    // An executable that exits at once stands for a broken browser.
    const fake = join(dir, 'broken-chrome');
    writeFileSync(fake, '#!/bin/sh\nexit 1\n', { mode: 0o755 });
    const r = await pacto(['export', '-w', 'sla.pacto', '--xlsx', 'half.xlsx', '--pdf', 'half.pdf'], {
      cwd: dir,
      env: { ...EN, CHROME_PATH: fake },
    });
    expect(r.code).toBe(1);
    expect(r.out).toBe(`Wrote ${join(dir, 'half.xlsx')}\n`);
    expect(r.err).toMatch(
      new RegExp(`^pacto export: The browser “${fake}” did not start \\(.+\\)\\. Check CHROME_PATH`),
    );
    expect(r.err.endsWith(`\nThe Excel file was written: ${join(dir, 'half.xlsx')}\n`)).toBe(true);
    expect(r.err.split('\n')).toHaveLength(3);
    expect([existsSync(join(dir, 'half.xlsx')), existsSync(join(dir, 'half.pdf'))]).toEqual([true, false]);
  }, 60_000);
});
