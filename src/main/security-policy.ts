/**
 * The Electron layer's security decisions as pure functions and constants, so tests can assert them
 * without an Electron runtime. security.ts, window.ts, app-protocol.ts and ipc/register.ts only wire
 * these into Electron's hooks.
 */
import { isAbsolute, join, normalize, relative, sep } from 'node:path';

/** The renderer is served from app://pacto/ rather than file://, so 'self' means only our own files. */
export const APP_ORIGIN = 'app://pacto';

/**
 * Where the window's page comes from: app://pacto/index.html, or the dev server that `electron-vite dev`
 * announces in ELECTRON_RENDERER_URL — but only in an unpackaged run. A packaged app ignores the
 * variable: honouring it would load that origin and answer its IPC.
 */
export function rendererSource(
  isPackaged: boolean,
  env: Record<string, string | undefined>,
): { url: string; devServerUrl: string | undefined } {
  const devServerUrl = isPackaged ? undefined : env.ELECTRON_RENDERER_URL || undefined;
  return { url: devServerUrl ?? `${APP_ORIGIN}/index.html`, devServerUrl };
}

/**
 * Our own page: app://pacto/…, or the dev server's origin when `rendererSource` gave one. Compared by
 * origin, so `http://localhost:5173.evil.example` is not ours.
 */
export function isAppUrl(url: string, devServerUrl: string | undefined): boolean {
  if (url.startsWith(`${APP_ORIGIN}/`)) return true;
  if (!devServerUrl) return false;
  try {
    return new URL(url).origin === new URL(devServerUrl).origin;
  } catch {
    return false;
  }
}

/** The renderer's own files (and DevTools) load; every other request is cancelled: the app is offline. */
export const isAllowedRequest = (url: string, devServerUrl?: string): boolean =>
  isAppUrl(url, devServerUrl) || url.startsWith('devtools://');

/**
 * The file below `root` that a URL's (percent-encoded) pathname names, or null when it escapes `root`
 * (../, encoded %2e%2e or %2f, backslashes, absolute paths), holds NUL, is malformed or is `root`
 * itself. The one path guard of every server of the built renderer: app://, the CLI's PDF printer and
 * the e2e harness.
 */
export function fileBelow(root: string, encodedPathname: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(encodedPathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const path = normalize(join(root, pathname));
  const rel = relative(root, path);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null;
  return path;
}

/** The file below `root` a request URL names when `isOurs(url)`, else null (see `fileBelow`). */
export function fileOfUrl(root: string, requestUrl: string, isOurs: (url: URL) => boolean): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  return isOurs(url) ? fileBelow(root, url.pathname) : null;
}

/** The file below `root` an app://pacto/ request names, or null for another host or a path `fileBelow` refuses. */
export const resolveAppFile = (root: string, requestUrl: string): string | null =>
  fileOfUrl(root, requestUrl, (url) => url.protocol === 'app:' && url.host === 'pacto');

/** Only full screen (presentation mode) is ever granted: no camera, geolocation, notifications… */
export const isPermissionGranted = (permission: string): boolean => permission === 'fullscreen';

/** IPC is answered only for a frame showing our own page (not an iframe or a page navigated elsewhere). */
export const isTrustedSender = (frameUrl: string | undefined, devServerUrl?: string): boolean =>
  frameUrl !== undefined && isAppUrl(frameUrl, devServerUrl);
