import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { beforeEach, describe, expect, it } from 'vitest';
import { compareWithBaseline, MAX_DIFF_RATIO } from '../../e2e/visual';

const DIR = resolve('test/artifacts/visual-baseline-unit');
const baselines = join(DIR, 'baselines');
const out = join(DIR, 'out');

/** A 100×100 white picture with `black` pixels painted black (row by row). */
function picture(black: number, width = 100): Buffer {
  const png = new PNG({ width, height: 100 });
  png.data.fill(255);
  for (let i = 0; i < black; i++) png.data.fill(0, i * 4, i * 4 + 3);
  return PNG.sync.write(png);
}

describe('screenshot comparison with a committed baseline', () => {
  beforeEach(() => {
    rmSync(DIR, { recursive: true, force: true });
    mkdirSync(baselines, { recursive: true });
    writeFileSync(join(baselines, 'screen.png'), picture(0));
  });

  it('passes an identical picture and one within the tolerance, writing no diff', () => {
    expect(compareWithBaseline('screen', picture(0), { baselines, out })).toEqual({
      failure: null,
      diffPixels: 0,
    });
    const within = MAX_DIFF_RATIO * 100 * 100; // 25 pixels of 10,000
    expect(compareWithBaseline('screen', picture(within), { baselines, out })).toEqual({
      failure: null,
      diffPixels: within,
    });
    expect(existsSync(join(out, 'screen.png'))).toBe(true);
    expect(existsSync(join(out, 'screen.diff.png'))).toBe(false);
  });

  it('fails past the tolerance, names the diff image and how to update the baseline', () => {
    const result = compareWithBaseline('screen', picture(200), { baselines, out });
    expect(result.diffPixels).toBe(200);
    expect(result.failure).toContain('differs from its baseline in 200 pixels');
    expect(result.failure).toContain('npm run test:baselines');
    const diff = PNG.sync.read(readFileSync(join(out, 'screen.diff.png')));
    // pixelmatch paints changed pixels red.
    expect([...diff.data.subarray(0, 3)]).toEqual([255, 0, 0]);
  });

  it('fails on a missing baseline and on a different size', () => {
    expect(compareWithBaseline('other', picture(0), { baselines, out }).failure).toContain('no baseline');
    expect(compareWithBaseline('screen', picture(0, 120), { baselines, out }).failure).toContain(
      'is 120×100, its baseline 100×100',
    );
  });
});
