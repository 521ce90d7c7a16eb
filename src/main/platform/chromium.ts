import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Locates a Chromium-family browser installed on this machine, for producing PDFs from the command
 * line and for end-to-end tests. The desktop app itself never needs it (it prints with Electron).
 */

/** Launch flags for headless Chromium in CI containers and on desktops alike. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

type Env = Record<string, string | undefined>;

/**
 * Candidate executables: CHROME_PATH alone when it is set, else the usual install paths, most specific
 * first (the per-user Windows paths depend on the environment).
 */
export function chromiumCandidates(
  env: Env = process.env,
  platform: NodeJS.Platform = process.platform,
): string[] {
  // CHROME_PATH, when set, is the one browser to use: a wrong path is an error, not a silent fallback.
  const explicit = env.CHROME_PATH?.trim();
  if (explicit) return [explicit];
  const candidates: string[] = [];
  if (platform === 'darwin') {
    candidates.push(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      '/Applications/Brave Browser.app/Contents/MacOS/Brave Browser',
    );
  } else if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
      (root): root is string => Boolean(root),
    );
    for (const root of roots) {
      candidates.push(
        join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        join(root, 'Chromium', 'Application', 'chrome.exe'),
        join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      );
    }
  } else {
    candidates.push(
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/snap/bin/chromium',
      '/usr/bin/microsoft-edge',
    );
  }
  return candidates;
}

/**
 * The browser to print with: CHROME_PATH when set, else the first of the usual install locations.
 * Returns null when it does not exist, so callers can say why (a wrong CHROME_PATH, or how to install one).
 */
export function findChromium(
  env: Env = process.env,
  exists: (path: string) => boolean = existsSync,
  platform: NodeJS.Platform = process.platform,
): string | null {
  for (const candidate of chromiumCandidates(env, platform)) {
    if (exists(candidate)) return candidate;
  }
  return null;
}
