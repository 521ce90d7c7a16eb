/**
 * Screenshot comparisons against committed baselines (test/e2e/baselines/*.png). A run writes what it saw to
 * test/artifacts/screens/ and, when a screen differs, a diff image (changed pixels in red) beside it — never
 * into a tracked folder. Baselines change only on purpose: `npm run test:baselines`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { ARTIFACTS_DIR } from './harness';

export const BASELINES_DIR = resolve('test/e2e/baselines');
export const SCREENS_DIR = join(ARTIFACTS_DIR, 'screens');
export const DOCS_DIR = resolve('docs/screenshots');

/**
 * What the screenshot run does with each picture, set by scripts/screens.ts: compare with the baseline (the
 * test run), rewrite the baselines, or write the docs' screenshots.
 */
export type ScreensMode = 'compare' | 'baselines' | 'docs';
export const screensMode = (): ScreensMode => {
  const mode = process.env.PACTO_SCREENS;
  return mode === 'baselines' || mode === 'docs' ? mode : 'compare';
};

/**
 * Per pixel, a colour distance below 0.15 counts as equal and anti-aliased pixels are ignored (pixelmatch's
 * detection); a screen may then differ in at most 0.25 % of its pixels (about 2,600 at 1366×768). Rendering
 * noise on another machine with the same Chromium and the bundled font (hinting, subpixel glyph positions)
 * stays well below; a moved block, a changed label or a new row is more.
 */
export const PIXEL_THRESHOLD = 0.15;
export const MAX_DIFF_RATIO = 0.0025;

export interface Comparison {
  /** Why it failed, with where to look; null when the screen matches its baseline. */
  failure: string | null;
  diffPixels: number;
}

/** Compares a screenshot with `<baselines>/<name>.png`, writing it (and a diff when it differs) to `out`. */
export function compareWithBaseline(
  name: string,
  actual: Buffer,
  { baselines = BASELINES_DIR, out = SCREENS_DIR } = {},
): Comparison {
  mkdirSync(out, { recursive: true });
  const actualPath = join(out, `${name}.png`);
  writeFileSync(actualPath, actual);
  const baselinePath = join(baselines, `${name}.png`);
  const update = 'if the change is intended, run `npm run test:baselines` and commit the new baseline';
  if (!existsSync(baselinePath)) {
    return { failure: `no baseline for "${name}" (${actualPath}): ${update}`, diffPixels: 0 };
  }
  const expected = PNG.sync.read(readFileSync(baselinePath));
  const seen = PNG.sync.read(actual);
  if (expected.width !== seen.width || expected.height !== seen.height) {
    return {
      failure: `"${name}" is ${seen.width}×${seen.height}, its baseline ${expected.width}×${expected.height}: ${update}`,
      diffPixels: 0,
    };
  }
  const diff = new PNG({ width: seen.width, height: seen.height });
  const diffPixels = pixelmatch(expected.data, seen.data, diff.data, seen.width, seen.height, {
    threshold: PIXEL_THRESHOLD,
  });
  if (diffPixels <= MAX_DIFF_RATIO * seen.width * seen.height) return { failure: null, diffPixels };
  const diffPath = join(out, `${name}.diff.png`);
  writeFileSync(diffPath, PNG.sync.write(diff));
  return {
    failure: `"${name}" differs from its baseline in ${diffPixels} pixels: see ${diffPath} and ${actualPath}; ${update}`,
    diffPixels,
  };
}

/**
 * Writes a picture where the mode wants it (a new baseline or a docs screenshot), unless the file there
 * already shows the same pixels (anti-aliasing aside): re-running the script leaves unchanged screens untouched
 * in git, and any visible change, even one within the test's tolerance, is written.
 */
export function writeScreen(dir: string, name: string, png: Buffer): void {
  const path = join(dir, `${name}.png`);
  if (existsSync(path) && samePixels(readFileSync(path), png)) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, png);
}

function samePixels(a: Buffer, b: Buffer): boolean {
  const x = PNG.sync.read(a);
  const y = PNG.sync.read(b);
  if (x.width !== y.width || x.height !== y.height) return false;
  return pixelmatch(x.data, y.data, null, x.width, x.height, { threshold: PIXEL_THRESHOLD }) === 0;
}
