/**
 * `pacto export --xlsx --pdf` on a machine without any Chrome or Chromium (the search is stubbed to
 * find none): it says how to get one and writes neither file, rather than half the export.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { serializeWorkbook } from '../../../src/shared/workbook/document';
import { createFromTemplate } from '../../../src/shared/workbook/templates';
import { pacto } from './run';

vi.mock('../../../src/main/platform/chromium', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  findChromium: () => null,
}));

describe('export without a browser', () => {
  it('writes neither file and says how to install one, in English and Spanish', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pacto-no-browser-'));
    writeFileSync(
      join(dir, 'sla.pacto'),
      serializeWorkbook(createFromTemplate('b2b', 'es', new Date('2026-03-01T12:00:00Z'))),
    );
    const args = ['export', '-w', 'sla.pacto', '--xlsx', 'sla.xlsx', '--pdf', 'sla.pdf'];
    const en = await pacto(args, { cwd: dir, env: { LANG: 'en_US.UTF-8' } });
    expect([en.code, en.out]).toEqual([1, '']);
    expect(en.err).toMatch(
      /^pacto export: A PDF needs Chrome or Chromium, and none was found\. Install one \(Debian\/Ubuntu: sudo apt install chromium;/,
    );
    expect(en.err.endsWith(' Nothing was written.\n')).toBe(true);
    const es = await pacto(args, { cwd: dir, env: { LANG: 'es_ES.UTF-8' } });
    expect(es.code).toBe(1);
    expect(es.err).toMatch(
      /^pacto export: Para el PDF hace falta Chrome o Chromium y no se ha encontrado ninguno\./,
    );
    expect(es.err.endsWith(' No se ha escrito nada.\n')).toBe(true);
    expect([existsSync(join(dir, 'sla.xlsx')), existsSync(join(dir, 'sla.pdf'))]).toEqual([false, false]);
    // The .xlsx alone needs no browser.
    expect((await pacto(['export', '-w', 'sla.pacto', '--xlsx', 'sla.xlsx'], { cwd: dir })).code).toBe(0);
  });
});
