import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFiles } from '../../../src/main/adapters/node-files';
import type { FilePort } from '../../../src/main/ports';
import {
  MAX_WORKBOOK_BYTES,
  readWorkbookFile,
  RecoveryStore,
  writeWorkbookFile,
} from '../../../src/main/services/workbook-files';
import { createFromTemplate } from '../../../src/shared/workbook/templates';
import { AppFailure } from '../../../src/shared/errors/result';

const now = new Date('2026-11-02T10:00:00Z');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pacto-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const failureOf = async (p: Promise<unknown>): Promise<AppFailure> => {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppFailure) return e;
    throw e;
  }
  throw new Error('expected a failure');
};

describe('saving and opening workbook files', () => {
  it('saves, reopens, and keeps the previous version as .bak', async () => {
    const path = join(dir, 'sla.pacto');
    const first = createFromTemplate('b2b', 'en', now);
    await writeWorkbookFile(nodeFiles, path, first, now);
    const second = { ...first, meta: { ...first.meta, title: 'Second version' } };
    await writeWorkbookFile(nodeFiles, path, second, now);

    const opened = await readWorkbookFile(nodeFiles, path);
    expect(opened.fileName).toBe('sla.pacto');
    expect(opened.doc.meta.title).toBe('Second version');
    const backup = await readWorkbookFile(nodeFiles, `${path}.bak`);
    expect(backup.doc.meta.title).toBe(first.meta.title);
    expect(readdirSync(dir).sort()).toEqual(['sla.pacto', 'sla.pacto.bak']);
  });

  it('a save interrupted between write and rename leaves the old file intact and loadable', async () => {
    const path = join(dir, 'sla.pacto');
    const original = createFromTemplate('b2b', 'es', now);
    await writeWorkbookFile(nodeFiles, path, original, now);
    const before = readFileSync(path, 'utf8');

    // The process "dies" after the new bytes are written to the temp file, before the rename over the target.
    const crashing: FilePort = {
      ...nodeFiles,
      rename: async (from, to) => {
        if (to === path) throw Object.assign(new Error('killed'), { code: 'EINTR' });
        return nodeFiles.rename(from, to);
      },
    };
    const edited = { ...original, meta: { ...original.meta, title: 'Never saved' } };
    const failure = await failureOf(writeWorkbookFile(crashing, path, edited, now));
    expect(failure.code).toBe('file.write');
    expect(failure.params).toMatchObject({ file: 'sla.pacto' });

    expect(readFileSync(path, 'utf8')).toBe(before);
    expect((await readWorkbookFile(nodeFiles, path)).doc.meta.title).toBe(original.meta.title);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('clears temp files left by a save that was killed, on the next successful save', async () => {
    const path = join(dir, 'sla.pacto');
    const doc = createFromTemplate('b2b', 'en', now);
    writeFileSync(join(dir, '.sla.pacto.0123456789ab.tmp'), 'half a save');
    writeFileSync(join(dir, '.sla.pacto.ba9876543210.tmp.bak'), 'half a backup');
    writeFileSync(join(dir, '.other.pacto.0123456789ab.tmp'), 'another file’s save');
    writeFileSync(join(dir, 'notes.tmp'), 'the user’s own file');
    await writeWorkbookFile(nodeFiles, path, doc, now);
    expect(readdirSync(dir).sort()).toEqual(['.other.pacto.0123456789ab.tmp', 'notes.tmp', 'sla.pacto']);
  });

  it('refuses to save a document that fails the schema, before touching the disk', async () => {
    const path = join(dir, 'sla.pacto');
    writeFileSync(path, 'previous bytes');
    const doc = createFromTemplate('b2b', 'en', now) as unknown as { stages: unknown[] };
    doc.stages = [];
    const failure = await failureOf(writeWorkbookFile(nodeFiles, path, doc, now));
    expect(failure.code).toBe('file.invalid');
    expect(failure.params).toMatchObject({ field: 'stages' });
    expect(readFileSync(path, 'utf8')).toBe('previous bytes');
    expect(readdirSync(dir)).toEqual(['sla.pacto']);
  });

  it('refuses corrupt, foreign, non-UTF-8 and oversized files with their messages, changing nothing', async () => {
    const cases: [string, string | Buffer, string][] = [
      ['corrupt.pacto', '{"kind":"pacto.workbook","schemaVersion":2,', 'file.truncated'],
      ['foreign.pacto', '{"compilerOptions":{}}', 'file.foreign'],
      ['latin1.pacto', Buffer.from([0x7b, 0xe9, 0x7d]), 'file.notText'],
    ];
    for (const [name, content, code] of cases) {
      const path = join(dir, name);
      writeFileSync(path, content);
      const failure = await failureOf(readWorkbookFile(nodeFiles, path));
      expect(failure.code).toBe(code);
      expect(failure.params).toMatchObject({ file: name });
      expect(readFileSync(path)).toEqual(Buffer.from(content));
    }
    const huge: FilePort = { ...nodeFiles, size: async () => MAX_WORKBOOK_BYTES + 1 };
    const failure = await failureOf(readWorkbookFile(huge, join(dir, 'corrupt.pacto')));
    expect(failure.code).toBe('file.tooLarge');
    const missing = await failureOf(readWorkbookFile(nodeFiles, join(dir, 'missing.pacto')));
    expect(missing).toMatchObject({ code: 'file.read', params: { detail: 'ENOENT' } });
  });

  it('keeps unsaved work in a recovery file until it is discarded', async () => {
    const store = new RecoveryStore(nodeFiles, dir);
    expect(await store.load()).toBeNull();
    const doc = createFromTemplate('b2b', 'en', now);
    await store.save(doc, 'sla.pacto', now);
    const recovered = await store.load();
    expect(recovered).toEqual({ doc, fileName: 'sla.pacto', savedAt: now.toISOString() });
    await store.save({ not: 'a workbook' }, null, now); // a broken document never replaces good recovery data
    expect((await store.load())?.doc).toEqual(doc);
    await store.discard();
    expect(await store.load()).toBeNull();
  });
});
