/**
 * `pacto` as a person meets it: help and version, the language of every message, and how a mistyped
 * command line is refused (exit 2, a message naming the option, in es or en).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../../src/main/cli/index';
import { parseCommandArgs } from '../../../src/main/cli/args';
import { createI18n } from '../../../src/shared/i18n';
import { serializeWorkbook } from '../../../src/shared/workbook/document';
import { createFromTemplate } from '../../../src/shared/workbook/templates';
import { pacto } from './run';

const EN = { LANG: 'en_US.UTF-8' };
const ES = { LANG: 'es_ES.UTF-8' };
/** Help text with wrapped lines joined, so a list split over two lines reads whole. */
const unwrapped = (s: string) => s.replace(/\n {4,}/g, ' ');

describe('pacto, --help, --version', () => {
  it('without arguments prints the commands and exits 0', async () => {
    const r = await pacto([], { env: EN });
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toMatch(/^pacto — /);
    expect(r.out).toMatch(/^ {2}new {6}Create a workbook from a template\.$/m);
    expect(r.out).toMatch(/^ {2}measure {2}Measure the clauses/m);
    for (const name of ['new', 'plan', 'measure', 'export']) expect(r.out).toContain(`  ${name} `);
    expect(r.out).toContain('Exit codes: 0 done, 1 failed (stderr says why), 2 bad usage.');
    expect((await pacto(['--help'], { env: EN })).out).toBe(r.out);
    expect((await pacto(['-h'], { env: EN })).out).toBe(r.out);
  });

  it('--version and -v print the version in package.json', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    for (const flag of ['--version', '-v'])
      expect(await pacto([flag])).toEqual({ code: 0, out: `pacto ${version}\n`, err: '' });
  });

  it('speaks --lang, else $LC_ALL, $LC_MESSAGES, $LANG, else English', async () => {
    expect((await pacto([], { env: ES })).out).toContain('Órdenes:');
    expect((await pacto([], { env: {} })).out).toContain('Commands:');
    expect((await pacto(['--lang', 'en'], { env: ES })).out).toContain('Commands:');
    expect((await pacto(['-l', 'es'], { env: EN })).out).toContain('Órdenes:');
    expect((await pacto([], { env: { LANG: 'en_GB.UTF-8', LC_ALL: 'es_MX.UTF-8' } })).out).toContain(
      'Órdenes:',
    );
    expect((await pacto([], { env: { LANG: 'es_ES.UTF-8', LC_MESSAGES: 'C' } })).out).toContain('Commands:');
  });
});

describe('pacto <command> --help', () => {
  it('lists every option of every command with its short form, in English and Spanish', async () => {
    for (const lang of ['en', 'es'] as const) {
      const t = createI18n(lang).t;
      for (const command of commands) {
        const r = await pacto([command.name, '--help', '--lang', lang]);
        expect([r.code, r.err], command.name).toEqual([0, '']);
        const options = { ...command.options, lang: { short: 'l' }, help: { short: 'h' } };
        for (const [name, o] of Object.entries(options)) {
          const flag = `${'short' in o && o.short ? `-${o.short}, ` : '    '}--${name}`;
          expect(r.out, `${command.name} ${name}`).toMatch(new RegExp(`^ {2}${flag}\\b`, 'm'));
        }
        expect(r.out).toContain(`${t('cli:usage')}: pacto ${command.name} `);
        expect(r.out).toContain(`${t('cli:examples')}:\n`);
      }
    }
  });

  it('names the presets, templates and paper sizes there are', async () => {
    const measure = unwrapped((await pacto(['measure', '--help'], { env: EN })).out);
    expect(measure).toContain('hubspot, hubspot-es, salesforce, pipedrive, zoho, olist');
    expect(measure).toMatch(/^ {2}-p, --preset <name> +Read the columns as a CRM names them/m);
    expect(measure).toMatch(/^ {2}-w, --workbook <file\.pacto> +The workbook \(required\)$/m);
    expect(measure).toMatch(/^ {2}-d, --detail +Every period and month of every clause/m);
    expect((await pacto(['new', '--help'], { env: EN })).out).toContain('The template: b2b, blank');
    expect((await pacto(['export', '--help'], { env: EN })).out).toContain('Paper size: a4, letter');
    const es = unwrapped((await pacto(['measure', '-h'], { env: ES })).out);
    expect(es).toMatch(/^ {2}-w, --workbook <archivo\.pacto> +El acuerdo \(obligatorio\)$/m);
    expect(es).toContain('Opciones:');
    expect(es).toContain('Códigos de salida: 0 hecho, 1 fallo (stderr dice por qué), 2 uso incorrecto.');
  });

  it('gives examples that are valid command lines', async () => {
    for (const lang of ['en', 'es'] as const) {
      for (const command of commands) {
        const out = (await pacto([command.name, '--help', '--lang', lang])).out;
        const examples = [...out.matchAll(/^ {4}pacto (\S+) (.+)$/gm)];
        expect(examples.length, `${command.name} ${lang}`).toBeGreaterThanOrEqual(2);
        for (const [, name, rest] of examples) {
          expect(name).toBe(command.name);
          const args = rest!.replace(/ >.*$/, '').split(' ');
          expect(parseCommandArgs(args, command.options), rest).toMatchObject({ ok: true });
        }
      }
    }
  });
});

describe('a command line that is wrong exits 2 and says what is wrong', () => {
  const more = 'Run “pacto measure --help” for its options and examples.\n';

  it('an unknown option, with the nearest one when it is a typo', async () => {
    expect(await pacto(['measure', '--presets', 'olist'], { env: EN })).toEqual({
      code: 2,
      out: '',
      err: `pacto measure: Unknown option “--presets”. Did you mean --preset?\n${more}`,
    });
    expect(await pacto(['measure', '--presets', 'olist'], { env: ES })).toEqual({
      code: 2,
      out: '',
      err: 'pacto measure: Opción desconocida «--presets». ¿Querías decir --preset?\nEjecuta «pacto measure --help» para ver sus opciones y ejemplos.\n',
    });
    const far = await pacto(['plan', '--zzzzzz'], { env: EN });
    expect([far.code, far.err.split('\n')[0]]).toEqual([2, 'pacto plan: Unknown option “--zzzzzz”.']);
  });

  it('an option without its value, a flag with one, a stray argument', async () => {
    const first = async (args: string[], env = EN) => {
      const r = await pacto(args, { env });
      return [r.code, r.err.split('\n')[0]];
    };
    expect(await first(['plan', '-w'])).toEqual([2, 'pacto plan: The option -w, --workbook needs a value.']);
    // `-w --json` is a forgotten file name, not a file called "--json".
    expect(await first(['plan', '-w', '--json'])).toEqual([
      2,
      'pacto plan: The option -w, --workbook needs a value.',
    ]);
    expect(await first(['plan', '--json=yes', '-w', 'x.pacto'])).toEqual([
      2,
      'pacto plan: The option --json takes no value.',
    ]);
    expect(await first(['plan', 'sla.pacto'])).toEqual([
      2,
      'pacto plan: Unexpected “sla.pacto”: values go after their option (for example -w sla.pacto).',
    ]);
    expect(await first(['plan', '-w'], ES)).toEqual([
      2,
      'pacto plan: La opción -w, --workbook necesita un valor.',
    ]);
  });

  it('an unknown command or language', async () => {
    expect(await pacto(['measur'], { env: EN })).toEqual({
      code: 2,
      out: '',
      err: 'pacto: Unknown command “measur”. Commands: new, plan, measure, export.\nRun “pacto <command> --help” for its options and examples.\n',
    });
    expect(await pacto(['--lang', 'fr'], { env: EN })).toEqual({
      code: 2,
      out: '',
      err: 'pacto: Unknown language “fr”: use es or en.\n',
    });
    const inCommand = await pacto(['new', '--lang', 'fr', '-o', 'x.pacto'], { env: ES });
    expect([inCommand.code, inCommand.err.split('\n')[0]]).toEqual([
      2,
      'pacto new: Idioma desconocido «fr»: usa es o en.',
    ]);
  });
});

describe('short flags', () => {
  it('work as the long ones do, across commands', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pacto-short-'));
    expect((await pacto(['new', '-t', 'b2b', '-l', 'en', '-o', 'sla.pacto'], { cwd: dir })).code).toBe(0);
    const exists = await pacto(['new', '-o', 'sla.pacto'], { cwd: dir, env: EN });
    expect([exists.code, exists.err]).toEqual([
      1,
      'pacto new: sla.pacto already exists; add --force to replace it.\n',
    ]);
    expect((await pacto(['new', '-t', 'blank', '-f', '-o', 'sla.pacto'], { cwd: dir })).code).toBe(0);
    writeFileSync(
      join(dir, 'b2b.pacto'),
      serializeWorkbook(createFromTemplate('b2b', 'en', new Date('2026-03-01T12:00:00Z'))),
    );
    const plan = await pacto(['plan', '-w', 'b2b.pacto', '-n', 'plan of record', '--json'], { cwd: dir });
    expect([plan.code, JSON.parse(plan.out).scenario.name]).toEqual([0, 'Plan of record']);
  });
});
