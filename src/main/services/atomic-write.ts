import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FilePort } from '../ports';
import { writeFailure } from './file-errors';

/** The new content: bytes, or a writer that fills the temp file it is given (e.g. a streaming xlsx). */
export type AtomicContent = string | Uint8Array | ((tempPath: string) => Promise<void>);

export interface AtomicWriteResult {
  /** The file that was replaced: the target, or the file a symbolic link at the target points to. */
  path: string;
  /** `backup` was asked but the disk had no room for the copy: the new content is saved, `.bak` is not refreshed. */
  backupSkipped: boolean;
}

/**
 * The one way Pacto replaces a file (workbooks, recovery, exports). Whatever moment the process dies
 * at, the file holds either the old or the new content in full: the new bytes go to a temporary file in
 * the same folder (same file system, so the rename is atomic), are fsynced, and only then renamed over
 * the file. A symbolic link is written through — its target is replaced and the link stays a link — and
 * the replaced file keeps its permission bits (a 0600 workbook stays 0600; the temp is created with
 * them, so the content is never readable by more people than before). With `backup`, the previous
 * content is first copied to `<file>.bak` (itself via temp + rename); if only that copy does not fit on
 * the disk, the save goes ahead without it and says so in the result. Failures name the target, never
 * the temp file (`writeFailure`: the system error in words, a previous version only when there is one).
 */
export async function writeFileAtomic(
  files: FilePort,
  target: string,
  content: AtomicContent,
  opts: { backup?: boolean } = {},
): Promise<AtomicWriteResult> {
  let path = target;
  const tmpFor = (p: string) => join(dirname(p), `.${basename(p)}.${randomBytes(6).toString('hex')}.tmp`);
  let tmp = tmpFor(target);
  let backupSkipped = false;
  try {
    path = await files.resolveLink(target);
    tmp = tmpFor(path);
    const mode = (await files.mode(path)) ?? undefined;
    if (typeof content === 'function') {
      await files.writeFileDurable(tmp, '', mode);
      await content(tmp);
      await files.sync(tmp);
    } else {
      await files.writeFileDurable(tmp, content, mode);
    }
    if (opts.backup && mode !== undefined) backupSkipped = !(await backUp(files, path, `${tmp}.bak`));
    await files.rename(tmp, path);
  } catch (error) {
    await files.unlink(tmp).catch(() => undefined);
    await files.unlink(`${tmp}.bak`).catch(() => undefined);
    throw await writeFailure(files, target, error);
  }
  await removeStaleTemps(files, path);
  return { path, backupSkipped };
}

/**
 * Copies `path` to `<path>.bak` atomically; false when the disk has no room for the copy. The copy is
 * not fsynced: that doubled the time of a save (a second flush of the whole file), and a power cut
 * can cost only the backup, never the file itself, which is flushed before its rename.
 */
async function backUp(files: FilePort, path: string, bakTmp: string): Promise<boolean> {
  try {
    await files.copyFile(path, bakTmp);
  } catch (error) {
    if (!isNoSpace(error)) throw error;
    await files.unlink(bakTmp).catch(() => undefined);
    return false;
  }
  await files.rename(bakTmp, `${path}.bak`);
  return true;
}

const isNoSpace = (e: unknown): boolean => {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
};

/**
 * A save killed mid-way (power cut, SIGKILL) leaves its hidden temp file behind; the next successful
 * save of the same file clears them. Only names of our own pattern for this target are touched.
 */
async function removeStaleTemps(files: FilePort, target: string): Promise<void> {
  const prefix = `.${basename(target)}.`;
  const names = await files.list(dirname(target)).catch(() => [] as string[]);
  for (const name of names) {
    if (name.startsWith(prefix) && /\.[0-9a-f]{12}\.tmp(\.bak)?$/.test(name)) {
      await files.unlink(join(dirname(target), name)).catch(() => undefined);
    }
  }
}
