/**
 * A save that fails says why in words and says "the previous version on disk is intact" only when there
 * was a previous version — and it is intact.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFiles } from '../../../src/main/adapters/node-files';
import type { FilePort } from '../../../src/main/ports';
import { writeWorkbookFile } from '../../../src/main/services/workbook-files';
import { AppFailure } from '../../../src/shared/errors/result';
import { createI18n, errorMessage } from '../../../src/shared/i18n';
import { createFromTemplate } from '../../../src/shared/workbook/templates';

const NOW = new Date('2026-03-01T12:00:00Z');
/** The real file system, except that the disk is full: Node's error names the temporary file. */
const fullDisk: FilePort = {
  ...nodeFiles,
  writeFileDurable: (path) =>
    Promise.reject(
      Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: 'ENOSPC' }),
    ),
};

async function failure(path: string): Promise<AppFailure> {
  try {
    await writeWorkbookFile(fullDisk, path, createFromTemplate('blank', 'en', NOW), NOW);
  } catch (e) {
    if (e instanceof AppFailure) return e;
    throw e;
  }
  throw new Error('the save did not fail');
}

describe('a failed save', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pacto-write-failure-'));
  const en = createI18n('en').t;
  const es = createI18n('es').t;

  it('over an existing workbook: the disk is full, the previous version is intact (and it is)', async () => {
    const path = join(dir, 'sla.pacto');
    writeFileSync(path, 'the previous version');
    const error = (await failure(path)).toError();
    expect(errorMessage(en, error)).toBe(
      'Could not save “sla.pacto”: the disk is full. The previous version on disk is intact.',
    );
    expect(errorMessage(es, error)).toBe(
      'No se pudo guardar «sla.pacto»: el disco está lleno. La versión anterior en disco está intacta.',
    );
    expect(readFileSync(path, 'utf8')).toBe('the previous version');
  });

  it('of a new workbook: no word of a previous version, nor of the temporary file', async () => {
    const error = (await failure(join(dir, 'new.pacto'))).toError();
    expect(errorMessage(en, error)).toBe('Could not save “new.pacto”: the disk is full.');
    expect(errorMessage(es, error)).toBe('No se pudo guardar «new.pacto»: el disco está lleno.');
  });
});
