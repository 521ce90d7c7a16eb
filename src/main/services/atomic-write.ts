import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FilePort } from '../ports';

/**
 * Replaces `target` so that, whatever moment the process dies at, the file holds either the old or the
 * new content in full: the new bytes go to a temporary file in the same folder (same file system, so
 * the rename is atomic), are flushed, and only then renamed over the target. When `backup` is set the
 * previous content is first copied to `<target>.bak` (itself via temp + rename).
 */
export async function writeFileAtomic(
  files: FilePort,
  target: string,
  data: string,
  opts: { backup?: boolean } = {},
): Promise<void> {
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await files.writeFileDurable(tmp, data);
    if (opts.backup && (await files.exists(target))) {
      const bakTmp = `${tmp}.bak`;
      await files.copyFile(target, bakTmp);
      await files.rename(bakTmp, `${target}.bak`);
    }
    await files.rename(tmp, target);
  } catch (error) {
    await files.unlink(tmp).catch(() => undefined);
    await files.unlink(`${tmp}.bak`).catch(() => undefined);
    throw error;
  }
  await removeStaleTemps(files, target);
}

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
