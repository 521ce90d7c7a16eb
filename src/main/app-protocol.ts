import { net, protocol } from 'electron';
import { join, normalize, relative, isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The renderer is served from app://pacto/ rather than file://, so 'self' means only our own files. */
export const APP_ORIGIN = 'app://pacto';

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves files below `root`; any path that escapes it (../, absolute, encoded) is refused. */
export function serveAppFiles(root: string): void {
  protocol.handle('app', (request) => {
    const url = new URL(request.url);
    if (url.host !== 'pacto') return new Response('not found', { status: 404 });
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    const rel = relative(root, path);
    if (rel.startsWith('..') || isAbsolute(rel)) return new Response('forbidden', { status: 403 });
    return net.fetch(pathToFileURL(path).toString());
  });
}

/** Our own page: app://pacto/…, or the dev server while developing (`electron-vite dev`). */
export const isAppUrl = (url: string): boolean => {
  const dev = process.env.ELECTRON_RENDERER_URL;
  return url.startsWith(`${APP_ORIGIN}/`) || (dev !== undefined && url.startsWith(dev));
};
