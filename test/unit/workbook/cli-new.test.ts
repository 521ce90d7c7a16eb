import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../src/main/cli/index';
import type { CliIo } from '../../../src/main/cli/types';
import { parseWorkbook } from '../../../src/shared/workbook/document';
import { validateWorkbook } from '../../../src/shared/workbook/validate';

let dir: string;
let out: string[];
let err: string[];
const io = (): CliIo => ({
  stdout: (s) => void out.push(s),
  stderr: (s) => void err.push(s),
  cwd: dir,
  env: { LANG: 'en_US.UTF-8' },
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pacto-new-'));
  out = [];
  err = [];
});

async function readDoc(name: string) {
  const parsed = parseWorkbook(await readFile(join(dir, name), 'utf8'), name);
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.value.doc;
}

describe('pacto new', () => {
  it('writes the Spanish B2B example, which reopens as a valid workbook', async () => {
    expect(await main(['new', '--template', 'b2b', '--lang', 'es', '--out', 'W.pacto'], io())).toBe(0);
    expect(out.join('')).toBe('Creado W.pacto con la plantilla «b2b» (es).\n');
    const doc = await readDoc('W.pacto');
    expect(doc.meta.language).toBe('es');
    expect(doc.clauses).toHaveLength(13);
    expect(doc.calendar.timeZone).toBe('Europe/Madrid');
    expect(validateWorkbook(doc)).toEqual([]);
  });

  it('writes a blank English workbook', async () => {
    expect(await main(['new', '--template', 'blank', '--lang', 'en', '--out', 'blank.pacto'], io())).toBe(0);
    const doc = await readDoc('blank.pacto');
    expect([doc.meta.language, doc.clauses.length, doc.parties.teams.length]).toEqual(['en', 0, 0]);
  });

  it('refuses an unknown template or language, a missing --out, and overwriting without --force', async () => {
    expect(await main(['new', '--template', 'saas', '--out', 'x.pacto'], io())).toBe(2);
    expect(err.pop()).toBe(
      'pacto new: Unknown template “saas”. Templates: b2b, blank.\nRun “pacto new --help” for its options and examples.\n',
    );
    expect(await main(['new', '--lang', 'fr', '--out', 'x.pacto'], io())).toBe(2);
    expect(err.pop()).toMatch(/“fr”/);
    expect(await main(['new', '--lang', 'en'], io())).toBe(2);
    expect(err.pop()).toMatch(/--out/);
    await writeFile(join(dir, 'keep.pacto'), 'mine');
    expect(await main(['new', '--lang', 'en', '--out', 'keep.pacto'], io())).toBe(1);
    expect(await readFile(join(dir, 'keep.pacto'), 'utf8')).toBe('mine');
    expect(await main(['new', '--lang', 'en', '--out', 'keep.pacto', '--force'], io())).toBe(0);
    expect((await readDoc('keep.pacto')).meta.title).toBe('Marketing and Sales Service Level Agreement');
  });
});
