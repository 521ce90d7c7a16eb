import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The built renderer folder holding print.html: PACTO_RENDERER_DIR when set, else next to the bundle
 * (out/cli → out/renderer, out/main → out/renderer), else the repository's out/renderer when running
 * from source (tests, tsx). Null when the print view has not been built.
 */
export function printViewDir(env: Record<string, string | undefined> = process.env): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [env.PACTO_RENDERER_DIR, join(here, '../renderer'), join(here, '../../../out/renderer')];
  for (const dir of candidates) {
    if (dir && existsSync(join(dir, 'print.html'))) return resolve(dir);
  }
  return null;
}
