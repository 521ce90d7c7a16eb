/**
 * The Electron layer's security decisions as pure functions and constants, so tests can assert them
 * without an Electron runtime. security.ts, window.ts, app-protocol.ts and ipc/register.ts only wire
 * these into Electron's hooks.
 */
import { isAbsolute, join, normalize, relative } from 'node:path';

/** The renderer is served from app://pacto/ rather than file://, so 'self' means only our own files. */
export const APP_ORIGIN = 'app://pacto';

/**
 * Our own page: app://pacto/…, or, while developing (`electron-vite dev` sets ELECTRON_RENDERER_URL),
 * the dev server's origin. Compared by origin, so `http://localhost:5173.evil.example` is not ours.
 */
export function isAppUrl(
  url: string,
  devServerUrl: string | undefined = process.env.ELECTRON_RENDERER_URL,
): boolean {
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
 * The file below `root` an app:// request names, or null when the request is for another host or its
 * path escapes `root` (../, encoded %2e%2e or %2f, backslashes, absolute paths, NUL, malformed escapes).
 */
export function resolveAppFile(root: string, requestUrl: string): string | null {
  let url: URL;
  let pathname: string;
  try {
    url = new URL(requestUrl);
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (url.protocol !== 'app:' || url.host !== 'pacto' || pathname.includes('\0')) return null;
  const path = normalize(join(root, pathname));
  const rel = relative(root, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return path;
}

/** Only full screen (presentation mode) is ever granted: no camera, geolocation, notifications… */
export const isPermissionGranted = (permission: string): boolean => permission === 'fullscreen';

/** IPC is answered only for a frame showing our own page (not an iframe or a page navigated elsewhere). */
export const isTrustedSender = (frameUrl: string | undefined): boolean =>
  frameUrl !== undefined && isAppUrl(frameUrl);
