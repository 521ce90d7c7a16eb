/**
 * The one atomic-write service: workbook saves, the recovery file, the xlsx and the PDF export all go
 * through it. Saving keeps the file's permission bits, writes through a symbolic link to its target, and
 * when only the `.bak` copy does not fit on the disk, saves without it and says so.
 */
import { PDFDocument } from '@cantoo/pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFiles } from '../../../src/main/adapters/node-files';
import type { FilePort } from '../../../src/main/ports';
import { writeFileAtomic } from '../../../src/main/services/atomic-write';
import { readWorkbookFile, writeWorkbookFile } from '../../../src/main/services/workbook-files';
import { exportPdfFile, exportXlsxFile } from '../../../src/main/export/export-files';
import type { PdfRenderer } from '../../../src/main/export/pdf-renderer';
import { createFromTemplate } from '../../../src/shared/workbook/templates';
import { serializeWorkbook } from '../../../src/shared/workbook/document';
import { AppFailure } from '../../../src/shared/errors/result';
import { createI18n, errorMessage } from '../../../src/shared/i18n';

const now = new Date('2026-11-02T10:00:00Z');
const posix = process.platform !== 'win32';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pacto-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const modeOf = (path: string) => statSync(path).mode & 0o777;
const titled = (title: string) => {
  const doc = createFromTemplate('b2b', 'en', now);
  return { ...doc, meta: { ...doc.meta, title } };
};
/** A printer that prints a blank page, whatever it is asked (the export assembles the parts with pdf-lib). */
const blankPage = PDFDocument.create().then(async (pdf) => {
  pdf.addPage();
  return pdf.save();
});
const fakePdf: PdfRenderer = {
  open: async () => ({ print: () => blankPage, close: async () => undefined }),
};
const data = { doc: titled('Export'), lang: 'en' as const, paper: 'a4' as const };

/** Records every fsync, so a test can see which temp files were flushed before their rename. */
function syncSpy(): { files: FilePort; synced: string[]; durable: string[] } {
  const synced: string[] = [];
  const durable: string[] = [];
  const files: FilePort = {
    ...nodeFiles,
    sync: async (p) => {
      synced.push(p);
      return nodeFiles.sync(p);
    },
    writeFileDurable: async (p, d, m) => {
      durable.push(p);
      return nodeFiles.writeFileDurable(p, d, m);
    },
  };
  return { files, synced, durable };
}

describe.runIf(posix)('saving keeps the file what it was', () => {
  it('a 0600 workbook stays 0600 after a save, and so does its .bak', async () => {
    const path = join(dir, 'private.pacto');
    await writeWorkbookFile(nodeFiles, path, titled('First'), now);
    chmodSync(path, 0o600);
    await writeWorkbookFile(nodeFiles, path, titled('Second'), now);
    expect(modeOf(path)).toBe(0o600);
    expect(modeOf(`${path}.bak`)).toBe(0o600);
    expect((await readWorkbookFile(nodeFiles, path)).doc.meta.title).toBe('Second');
    expect((await readWorkbookFile(nodeFiles, `${path}.bak`)).doc.meta.title).toBe('First');
  });

  it('keeps other modes too (0640, 0604) on the workbook, the xlsx and the PDF', async () => {
    const cases: [string, number, (p: string) => Promise<unknown>][] = [
      ['shared.pacto', 0o640, (p) => writeWorkbookFile(nodeFiles, p, titled('Again'), now)],
      ['agreement.xlsx', 0o640, (p) => exportXlsxFile(nodeFiles, p, data, now)],
      ['agreement.pdf', 0o604, (p) => exportPdfFile(nodeFiles, fakePdf, p, data, now)],
    ];
    for (const [name, mode, write] of cases) {
      const path = join(dir, name);
      writeFileSync(path, 'previous');
      chmodSync(path, mode);
      await write(path);
      expect(modeOf(path), name).toBe(mode);
      expect(readFileSync(path, 'latin1'), name).not.toBe('previous');
    }
  });

  it('a new file gets the default mode of the folder (umask), not a copy of anything', async () => {
    const path = join(dir, 'new.pacto');
    await writeWorkbookFile(nodeFiles, path, titled('New'), now);
    const umask = process.umask();
    expect(modeOf(path)).toBe(0o666 & ~umask);
  });

  it('writes through a symbolic link: the link stays a link and its target gets the new content', async () => {
    mkdirSync(join(dir, 'real'));
    const target = join(dir, 'real', 'sla.pacto');
    await writeWorkbookFile(nodeFiles, target, titled('Old'), now);
    chmodSync(target, 0o600);
    const link = join(dir, 'sla.pacto');
    symlinkSync('real/sla.pacto', link); // relative, as `ln -s` usually makes them
    const saved = await writeFileAtomic(nodeFiles, link, serializeWorkbook(titled('Via the link')), {
      backup: true,
    });
    expect(saved.path).toBe(target);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('real/sla.pacto');
    expect((await readWorkbookFile(nodeFiles, target)).doc.meta.title).toBe('Via the link');
    expect(modeOf(target)).toBe(0o600);
    // The backup sits beside the file it backs up; nothing is left beside the link.
    expect((await readWorkbookFile(nodeFiles, `${target}.bak`)).doc.meta.title).toBe('Old');
    expect(readdirSync(dir).sort()).toEqual(['real', 'sla.pacto']);
    expect(readdirSync(join(dir, 'real')).sort()).toEqual(['sla.pacto', 'sla.pacto.bak']);
  });

  it('follows a chain of links, and a dangling link creates its target', async () => {
    const target = join(dir, 'final.pdf');
    writeFileSync(target, 'old pdf');
    symlinkSync(target, join(dir, 'hop.pdf'));
    symlinkSync('hop.pdf', join(dir, 'start.pdf'));
    await exportPdfFile(nodeFiles, fakePdf, join(dir, 'start.pdf'), data, now);
    expect(readFileSync(target, 'latin1')).toContain('%PDF-1.7');
    expect(lstatSync(join(dir, 'start.pdf')).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(dir, 'hop.pdf')).isSymbolicLink()).toBe(true);

    symlinkSync('not-yet.xlsx', join(dir, 'dangling.xlsx'));
    await exportXlsxFile(nodeFiles, join(dir, 'dangling.xlsx'), data, now);
    expect(lstatSync(join(dir, 'dangling.xlsx')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'not-yet.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('a loop of links is a clear write error, nothing written', async () => {
    symlinkSync('b.pacto', join(dir, 'a.pacto'));
    symlinkSync('a.pacto', join(dir, 'b.pacto'));
    const error = await writeWorkbookFile(nodeFiles, join(dir, 'a.pacto'), titled('x'), now).catch((e) => e);
    expect(error).toBeInstanceOf(AppFailure);
    // No previous content can be read through the loop, so the message claims none (file.writeNew).
    expect(error).toMatchObject({ code: 'file.writeNew', params: { file: 'a.pacto', detail: 'ELOOP' } });
    expect(readdirSync(dir).sort()).toEqual(['a.pacto', 'b.pacto']);
  });
});

describe('one service, flushed before the rename', () => {
  it('the xlsx written by the streaming writer is fsynced before it replaces the file', async () => {
    const { files, synced } = syncSpy();
    const path = join(dir, 'agreement.xlsx');
    await exportXlsxFile(files, path, data, now);
    expect(synced).toHaveLength(1);
    expect(synced[0]).toMatch(/[/\\]\.agreement\.xlsx\.[0-9a-f]{12}\.tmp$/);
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(dir)).toEqual(['agreement.xlsx']);
  });

  it('the PDF and the workbook are written durably to a temp file, flushed by the write itself', async () => {
    const { files, synced, durable } = syncSpy();
    await exportPdfFile(files, fakePdf, join(dir, 'a.pdf'), data, now);
    await writeWorkbookFile(files, join(dir, 'w.pacto'), titled('1'), now);
    await writeWorkbookFile(files, join(dir, 'w.pacto'), titled('2'), now);
    expect(durable.map((p) => p.replace(/.*[/\\]/, '').replace(/[0-9a-f]{12}/, 'X'))).toEqual([
      '.a.pdf.X.tmp',
      '.w.pacto.X.tmp',
      '.w.pacto.X.tmp',
    ]);
    expect(synced).toEqual([]);
  });

  it('a failed export names the file the user chose, never the temp file, and leaves nothing behind', async () => {
    const path = join(dir, 'agreement.xlsx');
    writeFileSync(path, 'the previous export');
    const failing: FilePort = {
      ...nodeFiles,
      rename: async () => {
        throw Object.assign(new Error(`EACCES: permission denied, rename '${dir}/.agreement.xlsx.x.tmp'`), {
          code: 'EACCES',
        });
      },
    };
    const error = await exportXlsxFile(failing, path, data, now).catch((e) => e);
    expect(error).toMatchObject({ code: 'file.write', params: { file: 'agreement.xlsx', detail: 'EACCES' } });
    expect(readFileSync(path, 'utf8')).toBe('the previous export');
    expect(readdirSync(dir)).toEqual(['agreement.xlsx']);
  });
});

/**
 * A disk with `free` bytes left: writes and copies that do not fit write what fits and fail with
 * ENOSPC, as a real full disk does; deleting or replacing a file gives its bytes back.
 */
function nearlyFullDisk(free: number): FilePort {
  let left = free;
  const sizeOf = (p: string) => {
    try {
      return statSync(p).size;
    } catch {
      return 0;
    }
  };
  const take = (bytes: number) => {
    if (bytes > left) {
      const fits = left;
      left = 0;
      return fits;
    }
    left -= bytes;
    return bytes;
  };
  const enospc = () => Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
  return {
    ...nodeFiles,
    async writeFileDurable(path, content, mode) {
      const bytes = Buffer.from(content);
      const fits = take(bytes.length);
      await nodeFiles.writeFileDurable(path, bytes.subarray(0, fits), mode);
      if (fits < bytes.length) throw enospc();
    },
    async copyFile(from, to) {
      const bytes = readFileSync(from);
      const fits = take(bytes.length);
      writeFileSync(to, bytes.subarray(0, fits));
      if (fits < bytes.length) throw enospc();
    },
    async rename(from, to) {
      left += sizeOf(to);
      return nodeFiles.rename(from, to);
    },
    async unlink(path) {
      left += sizeOf(path);
      return nodeFiles.unlink(path);
    },
  };
}

describe('a nearly full disk', () => {
  const bytesOf = (title: string) => Buffer.byteLength(serializeWorkbook(titled(title)));

  it('when the new file fits but its .bak copy does not, saves without it and says so', async () => {
    const path = join(dir, 'sla.pacto');
    await writeWorkbookFile(nodeFiles, path, titled('Old'), now);
    const oldBytes = readFileSync(path);
    // Room for the new temp file (same size as the old one, give or take the title) and not for a copy.
    const disk = nearlyFullDisk(bytesOf('New!') + 1000);
    const saved = await writeWorkbookFile(disk, path, titled('New!'), now);
    expect(saved.backupSkipped).toBe(true);
    expect((await readWorkbookFile(nodeFiles, path)).doc.meta.title).toBe('New!');
    expect(readdirSync(dir)).toEqual(['sla.pacto']); // no half-copied .bak left
    expect(oldBytes.length).toBeGreaterThan(1000);

    for (const lang of ['en', 'es'] as const) {
      const { t } = createI18n(lang);
      const text = t('common:status.savedNoBackup', { name: 'sla.pacto' });
      expect(text).toContain('sla.pacto.bak');
      expect(text).not.toMatch(/{{|}}/);
    }
  });

  it('an older .bak is left as it was when the new copy does not fit', async () => {
    const path = join(dir, 'sla.pacto');
    await writeWorkbookFile(nodeFiles, path, titled('One'), now);
    await writeWorkbookFile(nodeFiles, path, titled('Two'), now);
    const disk = nearlyFullDisk(bytesOf('Three') + 10);
    expect((await writeWorkbookFile(disk, path, titled('Three'), now)).backupSkipped).toBe(true);
    expect((await readWorkbookFile(nodeFiles, path)).doc.meta.title).toBe('Three');
    expect((await readWorkbookFile(nodeFiles, `${path}.bak`)).doc.meta.title).toBe('One');
  });

  it('when even the new file does not fit: a write error, the previous file intact, no temp left', async () => {
    const path = join(dir, 'sla.pacto');
    await writeWorkbookFile(nodeFiles, path, titled('Old'), now);
    const before = readFileSync(path);
    const error = await writeWorkbookFile(nearlyFullDisk(5000), path, titled('New'), now).catch((e) => e);
    expect(error).toMatchObject({ code: 'file.write', params: { file: 'sla.pacto', detail: 'ENOSPC' } });
    expect(readFileSync(path)).toEqual(before);
    expect(readdirSync(dir)).toEqual(['sla.pacto']);
    const { t } = createI18n('es');
    expect(errorMessage(t, (error as AppFailure).toError())).toContain('«sla.pacto»');
  });

  it('with room for both, the backup is refreshed as usual', async () => {
    const path = join(dir, 'sla.pacto');
    await writeWorkbookFile(nodeFiles, path, titled('Old'), now);
    const saved = await writeWorkbookFile(nearlyFullDisk(3 * bytesOf('New')), path, titled('New'), now);
    expect(saved.backupSkipped).toBe(false);
    expect((await readWorkbookFile(nodeFiles, `${path}.bak`)).doc.meta.title).toBe('Old');
  });
});
