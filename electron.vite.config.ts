import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Our layout has no src/preload/: entries are named explicitly.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Bundled, not loaded from node_modules: every import worker loads them as it boots (papaparse
      // wrapped as CommonJS), on the same cores as the main thread that gets the import ready.
      externalizeDeps: { exclude: ['luxon', 'papaparse'] },
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          // The CSV import runs in a worker thread (src/main/import/run-import.ts finds it beside index.js).
          'import-worker': resolve('src/main/import/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only 'electron': bundle everything else into it.
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: resolve('src/main/preload.ts') },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      // electron-vite leaves the renderer unminified by default; the page parses every start-up byte.
      minify: true,
      rollupOptions: {
        input: {
          index: resolve('src/renderer/index.html'),
          print: resolve('src/renderer/print.html'),
        },
      },
    },
  },
});
