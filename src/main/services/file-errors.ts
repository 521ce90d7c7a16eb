import { basename } from 'node:path';
import { AppFailure } from '../../shared/errors/result';
import type { FilePort } from '../ports';

/**
 * The `detail` of a file error: the system error's code (ENOENT, EISDIR, EACCES…), which the catalogs
 * put in words (`errors:os.*`), never its message — Node's names the full path, including the
 * temporary file a write went through. Anything else keeps its message.
 */
export function osErrorDetail(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string' && /^E[A-Z0-9]+$/.test(code)) return code;
  return e instanceof Error ? e.message : String(e);
}

/**
 * A failed write of `path`. Writes go to a temporary file renamed over the target, so a failure never
 * touched it: the message says the previous version is intact only when there is one.
 */
export async function writeFailure(
  files: Pick<FilePort, 'exists'>,
  path: string,
  e: unknown,
): Promise<AppFailure> {
  if (e instanceof AppFailure) return e;
  const existed = await files.exists(path).catch(() => false);
  return new AppFailure(existed ? 'file.write' : 'file.writeNew', {
    file: basename(path),
    detail: osErrorDetail(e),
  });
}
