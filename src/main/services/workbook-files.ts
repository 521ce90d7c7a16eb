import { basename, join } from 'node:path';
import type { FilePort } from '../ports';
import { parseWorkbook, serializeWorkbook } from '../../shared/workbook/document';
import { Workbook } from '../../shared/workbook/schema';
import { AppFailure } from '../../shared/errors/result';
import type { OpenedWorkbook, Recovery } from '../../shared/ipc/files';
import { writeFileAtomic } from './atomic-write';
import { osErrorDetail } from './file-errors';

/** Workbooks above this size are refused before reading, rather than risking memory. */
export const MAX_WORKBOOK_BYTES = 100 * 1024 * 1024;

/** Reads and validates a workbook file; throws AppFailure with a translatable code. Never writes. */
export async function readWorkbookFile(files: FilePort, path: string): Promise<OpenedWorkbook> {
  const name = basename(path);
  let size: number;
  try {
    size = await files.size(path);
  } catch (e) {
    throw new AppFailure('file.read', { file: name, detail: osErrorDetail(e) });
  }
  if (size > MAX_WORKBOOK_BYTES) {
    throw new AppFailure('file.tooLarge', {
      file: name,
      size: Math.round(size / 1024 / 1024),
      limit: MAX_WORKBOOK_BYTES / 1024 / 1024,
    });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await files.readFile(path));
  } catch (e) {
    if (e instanceof TypeError) throw new AppFailure('file.notText', { file: name });
    throw new AppFailure('file.read', { file: name, detail: osErrorDetail(e) });
  }
  const parsed = parseWorkbook(text, name);
  if (!parsed.ok) throw new AppFailure(parsed.error.code, parsed.error.params);
  return {
    doc: parsed.value.doc,
    fileName: name,
    ...(parsed.value.migratedFrom ? { migratedFrom: parsed.value.migratedFrom } : {}),
  };
}

/**
 * Validates, then saves atomically, keeping the previous version as `<file>.bak` (skipped, and said so,
 * when only that copy does not fit on the disk). A document that fails the schema is refused before
 * anything touches the disk.
 */
export async function writeWorkbookFile(
  files: FilePort,
  path: string,
  doc: unknown,
  now: Date,
): Promise<{ doc: Workbook; backupSkipped: boolean }> {
  const name = basename(path);
  const parsed = Workbook.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppFailure('file.invalid', {
      file: name,
      field: issue?.path.join('.') || '(root)',
      detail: issue?.message ?? '',
    });
  }
  const saved: Workbook = { ...parsed.data, meta: { ...parsed.data.meta, updatedAt: now.toISOString() } };
  const { backupSkipped } = await writeFileAtomic(files, path, serializeWorkbook(saved), { backup: true });
  return { doc: saved, backupSkipped };
}

/** Unsaved work, autosaved beside the user's settings and offered back after a crash. */
export class RecoveryStore {
  private readonly path: string;
  constructor(
    private readonly files: FilePort,
    dir: string,
  ) {
    this.path = join(dir, 'recovery.pacto.json');
  }

  async save(doc: unknown, fileName: string | null, now: Date): Promise<void> {
    const parsed = Workbook.safeParse(doc);
    if (!parsed.success) return; // never replace good recovery data with a broken document
    const body = JSON.stringify({ savedAt: now.toISOString(), fileName, doc: parsed.data });
    await writeFileAtomic(this.files, this.path, body);
  }

  async load(): Promise<Recovery | null> {
    if (!(await this.files.exists(this.path))) return null;
    try {
      const raw = JSON.parse((await this.files.readFile(this.path)).toString('utf8')) as Record<
        string,
        unknown
      >;
      const doc = Workbook.safeParse(raw.doc);
      if (!doc.success || typeof raw.savedAt !== 'string') return null;
      return {
        doc: doc.data,
        savedAt: raw.savedAt,
        fileName: typeof raw.fileName === 'string' ? raw.fileName : null,
      };
    } catch {
      return null;
    }
  }

  async discard(): Promise<void> {
    await this.files.unlink(this.path).catch(() => undefined);
  }
}
