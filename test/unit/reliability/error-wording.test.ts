/**
 * Error wordings for hostile workbooks, in both languages: what the message says must be the app's
 * own words about the problem — never the file's bytes, never the JavaScript engine's message, and
 * never the wrong culprit.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeFiles } from '../../../src/main/adapters/node-files';
import { main } from '../../../src/main/cli/index';
import type { CliIo } from '../../../src/main/cli/types';
import { readWorkbookFile } from '../../../src/main/services/workbook-files';
import { AppFailure, type AppError } from '../../../src/shared/errors/result';
import { planScenario } from '../../../src/shared/funnel/plan';
import { createI18n, errorMessage } from '../../../src/shared/i18n';
import { serializeWorkbook } from '../../../src/shared/workbook/document';
import type { Workbook } from '../../../src/shared/workbook/schema';
import { b2bWorkbook } from '../../../src/shared/workbook/templates/b2b';

const NASTY = resolve('test/fixtures/nasty');
const t = { en: createI18n('en').t, es: createI18n('es').t };

let dir = '';
beforeAll(() => {
  mkdirSync(resolve('test/artifacts'), { recursive: true });
  dir = mkdtempSync(join(resolve('test/artifacts'), 'error-wording-'));
});

async function openError(path: string): Promise<AppError> {
  try {
    await readWorkbookFile(nodeFiles, path);
  } catch (e) {
    if (e instanceof AppFailure) return e.toError();
    throw e;
  }
  throw new Error(`${path} opened`);
}

async function cli(args: string[], lang: 'en' | 'es') {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), cwd: dir, env: {} };
  const code = await main([...args, '--lang', lang], io);
  return { code, out, err };
}

describe('a workbook that is a link to a system file', () => {
  // Stands in for /etc/passwd or a key file: a text file whose first bytes must not leak.
  const SYSTEM = 'root:x:0:0:root:/root:/bin/bash\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI\n';

  it('is refused as not a workbook, without a byte of the target in the message', async () => {
    const target = join(dir, 'passwd');
    writeFileSync(target, SYSTEM);
    const link = join(dir, 'agreement.pacto');
    symlinkSync(target, link);
    const error = await openError(link);
    expect(error).toEqual({ code: 'file.notJson', params: { file: 'agreement.pacto' } });
    expect(errorMessage(t.en, error)).toBe(
      '“agreement.pacto” is damaged or is not a Pacto workbook: it is not valid JSON. Nothing was changed.',
    );
    expect(errorMessage(t.es, error)).toBe(
      '«agreement.pacto» está dañado o no es un acuerdo de Pacto: no es JSON válido. No se ha cambiado nada.',
    );
    // And through the CLI, in both languages.
    for (const lang of ['en', 'es'] as const) {
      const r = await cli(['plan', '-w', 'agreement.pacto'], lang);
      expect(r.code).toBe(1);
      expect(r.err).toContain('agreement.pacto');
      for (const secret of ['root', '/bin/bash', 'AWS', 'wJalr']) expect(r.err).not.toContain(secret);
    }
  });

  it('a syntax error the parser can place is given by line and column, still without the text', async () => {
    const path = join(dir, 'hand-edited.pacto');
    writeFileSync(path, '{\n  "kind": "pacto.workbook",\n  "schemaVersion": 4,,\n  "secret": "hunter2"\n}\n');
    const error = await openError(path);
    expect(error).toEqual({
      code: 'file.notJsonAt',
      params: { file: 'hand-edited.pacto', line: 3, column: 22 },
    });
    expect(errorMessage(t.en, error)).toBe(
      '“hand-edited.pacto” is damaged or is not a Pacto workbook: it is not valid JSON (line 3, column 22). Nothing was changed.',
    );
    expect(errorMessage(t.es, error)).toBe(
      '«hand-edited.pacto» está dañado o no es un acuerdo de Pacto: no es JSON válido (línea 3, columna 22). No se ha cambiado nada.',
    );
  });
});

describe('damaged workbooks', () => {
  it('deep nesting says what is wrong, not "Maximum call stack size exceeded"', async () => {
    const error = await openError(join(NASTY, 'deep-nesting.pacto'));
    expect(error).toEqual({ code: 'file.tooDeep', params: { file: 'deep-nesting.pacto', limit: 1000 } });
    expect(errorMessage(t.en, error)).toBe(
      '“deep-nesting.pacto” is not a Pacto workbook: its lists and objects nest more than 1000 levels deep. Nothing was changed.',
    );
    expect(errorMessage(t.es, error)).toBe(
      '«deep-nesting.pacto» no es un acuerdo de Pacto: sus listas y objetos se anidan a más de 1000 niveles. No se ha cambiado nada.',
    );
  });

  it('a file cut short says so', async () => {
    const error = await openError(join(NASTY, 'truncated.pacto'));
    expect(error).toEqual({ code: 'file.truncated', params: { file: 'truncated.pacto' } });
    expect(errorMessage(t.en, error)).toBe(
      '“truncated.pacto” is damaged: it ends in the middle of the workbook (cut short while it was copied or saved?). Nothing was changed.',
    );
    expect(errorMessage(t.es, error)).toBe(
      '«truncated.pacto» está dañado: termina a mitad del acuerdo (¿se cortó al copiarlo o guardarlo?). No se ha cambiado nada.',
    );
  });

  it("bytes that are not UTF-8 are named as such, in the reader's language", async () => {
    const error = await openError(join(NASTY, 'not-utf8.pacto'));
    expect(error).toEqual({ code: 'file.notText', params: { file: 'not-utf8.pacto' } });
    expect(errorMessage(t.es, error)).toBe(
      '«not-utf8.pacto» no es un acuerdo de Pacto: no es texto UTF-8. No se ha cambiado nada.',
    );
  });
});

describe('an impossible plan blames the right input', () => {
  const NOW = new Date('2026-03-01T12:00:00Z');
  const withPlan = (lang: 'en' | 'es', change: (s: Workbook['scenarios']['items'][number]) => void) => {
    const doc = b2bWorkbook(lang, NOW);
    change(doc.scenarios.items.find((s) => s.id === doc.scenarios.planOfRecordId)!);
    return doc;
  };

  it('goal: 1e308 blames the goal (beside the goal field), not small rates', async () => {
    for (const lang of ['en', 'es'] as const) {
      const doc = withPlan(lang, (s) => void (s.goal = 1e308));
      const scenario = doc.scenarios.items.find((s) => s.id === doc.scenarios.planOfRecordId)!;
      const outcome = planScenario(doc.stages, scenario);
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.issues).toEqual([{ code: 'goal.tooLarge', field: 'goal', severity: 'error' }]);

      const path = join(dir, `goal-${lang}.pacto`);
      writeFileSync(path, serializeWorkbook(doc));
      const r = await cli(['plan', '-w', path], lang);
      expect(r.code).toBe(1);
      expect(r.err).toContain(
        lang === 'en'
          ? 'goal: At this average deal size the goal needs more customers than any plan can count: check the goal and the deal size.'
          : 'goal: Con este tamaño medio de operación, el objetivo necesita más clientes de los que cualquier plan puede contar: revisa el objetivo y el tamaño medio.',
      );
      expect(r.err).not.toMatch(/small|pequeñ/);
    }
  });

  it('rates of one in a billion at every step name the stage whose volume overflows', () => {
    const doc = withPlan('en', (s) => s.transitions.forEach((tr) => (tr.rate = 1e-9)));
    const scenario = doc.scenarios.items.find((s) => s.id === doc.scenarios.planOfRecordId)!;
    const outcome = planScenario(doc.stages, scenario);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    // 100 customers ← 1e11 opportunities ← 1e20 SQLs: the SQL count is the first that cannot be counted.
    expect(outcome.issues).toEqual([
      { code: 'plan.tooLarge', field: 'transitions', severity: 'error', params: { stage: 'SQL' } },
    ]);
    expect(t.es('issues.plan.tooLarge', { ns: 'scenarios', stage: 'SQL' })).toBe(
      'Este objetivo con estas tasas necesita en «SQL» un volumen mayor del que cualquier plan puede contar: revisa el objetivo, el tamaño medio de operación y las tasas.',
    );
  });
});
