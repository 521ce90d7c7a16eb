import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser } from './harness';
import { launchScreen, SCREENS } from './screens';
import { BASELINES_DIR, DOCS_DIR, compareWithBaseline, screensMode, writeScreen } from './visual';

afterAll(closeBrowser);

/**
 * Each key screen against its committed baseline (test/e2e/baselines/), with a small tolerance. The same
 * file, run by scripts/screens.ts, rewrites the baselines (`npm run test:baselines`) or the docs'
 * screenshots (`npm run screenshots`).
 */
const mode = screensMode();
const screens = mode === 'docs' ? SCREENS : SCREENS.filter((s) => s.baseline);

describe(`screens (${mode})`, () => {
  for (const screen of screens) {
    it(screen.name, async () => {
      const { app, t } = await launchScreen(screen.lang, screen.viewport);
      await screen.show(app, t);
      const png = await app.capture();
      expect(app.pageErrors).toEqual([]);
      await app.close();
      if (mode === 'docs') return writeScreen(DOCS_DIR, screen.name, png);
      if (mode === 'baselines') return writeScreen(BASELINES_DIR, screen.name, png);
      expect(compareWithBaseline(screen.name, png).failure).toBeNull();
    });
  }
});
