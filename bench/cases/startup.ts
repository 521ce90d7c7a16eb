/**
 * Start-up of the built renderer (out/renderer) in Chromium through the e2e harness: first contentful
 * paint and the first frame with `body[data-ready]` (the first screen drawn), over several reloads;
 * the JavaScript the page loaded (raw and gzip); and the largest modules of the bundle, from a
 * vite build of the same renderer config with a plugin that reads rollup's per-module rendered sizes.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';
import { closeBrowser, launchApp, ORIGIN } from '../../test/e2e/harness';
import { childMain } from '../harness/child';
import { spreadOf, type Spread } from '../harness/stats';

export interface StartupRun {
  firstContentfulPaintMs: Spread;
  readyFrameMs: Spread;
  scripts: { file: string; bytes: number; gzipBytes: number }[];
  jsBytes: number;
  jsGzipBytes: number;
  largestModules: { module: string; bytes: number }[];
}

const RENDERER = resolve('out/renderer');
/** What the page functions read (this file is type-checked without the DOM library). */
interface PageGlobals {
  __readyAt?: number;
  document: { scripts: ArrayLike<{ src: string }> };
}
const RELOADS = 7;

/** Records the first animation frame in which the app marked itself ready. */
const READY_PROBE = `(() => {
  const tick = () => {
    if (document.body && document.body.dataset.ready === 'true') window.__readyAt = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

async function paintTimings(): Promise<
  Pick<StartupRun, 'firstContentfulPaintMs' | 'readyFrameMs' | 'scripts'>
> {
  const app = await launchApp();
  try {
    await app.page.addInitScript(READY_PROBE);
    const fcp: number[] = [];
    const ready: number[] = [];
    let scripts: string[] = [];
    for (let i = 0; i < RELOADS; i++) {
      await app.page.reload();
      await app.page.waitForFunction(
        () =>
          typeof (globalThis as unknown as PageGlobals).__readyAt === 'number' &&
          performance.getEntriesByName('first-contentful-paint').length > 0,
      );
      const t = await app.page.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        ready: (globalThis as unknown as PageGlobals).__readyAt!,
        scripts: performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .concat(Array.from((globalThis as unknown as PageGlobals).document.scripts, (s) => s.src))
          .filter((u) => /\.m?js(\?|$)/.test(u)),
      }));
      fcp.push(t.fcp);
      ready.push(t.ready);
      scripts = [...new Set(t.scripts)];
    }
    return {
      firstContentfulPaintMs: spreadOf(fcp),
      readyFrameMs: spreadOf(ready),
      scripts: scripts.map((url) => {
        const body = readFileSync(join(RENDERER, decodeURIComponent(new URL(url, ORIGIN).pathname)));
        return { file: new URL(url).pathname.slice(1), bytes: body.length, gzipBytes: gzipSync(body).length };
      }),
    };
  } finally {
    await app.close();
    await closeBrowser();
  }
}

/** Rendered bytes per source module (grouped by npm package), from a build that writes nothing. */
async function largestModules(count = 15): Promise<StartupRun['largestModules']> {
  const sizes = new Map<string, number>();
  const collect: Plugin = {
    name: 'pacto-bench-module-sizes',
    generateBundle(_options, bundle) {
      for (const out of Object.values(bundle)) {
        if (out.type !== 'chunk') continue;
        for (const [id, m] of Object.entries(out.modules)) {
          const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1];
          const key = pkg ? `npm:${pkg}` : relative(process.cwd(), id.replace(/\?.*$/, ''));
          sizes.set(key, (sizes.get(key) ?? 0) + m.renderedLength);
        }
      }
    },
  };
  await build({
    configFile: false,
    logLevel: 'silent',
    root: resolve('src/renderer'),
    base: './',
    plugins: [react(), collect],
    build: {
      write: false,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  });
  return [...sizes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([module, bytes]) => ({ module, bytes }));
}

childMain(async (): Promise<StartupRun> => {
  const paint = await paintTimings();
  return {
    ...paint,
    jsBytes: paint.scripts.reduce((n, s) => n + s.bytes, 0),
    jsGzipBytes: paint.scripts.reduce((n, s) => n + s.gzipBytes, 0),
    largestModules: await largestModules(),
  };
});
