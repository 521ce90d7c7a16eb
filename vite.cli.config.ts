import { defineConfig } from 'vite';

// The `pacto` CLI: a Node bundle of src/main/cli (dependencies stay in node_modules).
export default defineConfig({
  // The dependencies that every `pacto measure` loads before its import workers get their files are
  // bundled: loaded from node_modules, each was its own resolution, file read and (for papaparse and
  // safe-stable-stringify) CommonJS wrapping, ≈ 0.1 s of start-up for zod alone and ≈ 0.08 s more for
  // these. The rest (exceljs, iconv-lite, playwright-core) loads only when a command needs it.
  ssr: { noExternal: ['zod', 'luxon', 'papaparse', 'safe-stable-stringify', '@noble/hashes', 'i18next'] },
  build: {
    ssr: 'src/main/cli/run.ts',
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    // Chunks (the export command's, loaded only when it runs) beside the entry: run-import.ts finds the
    // worker from its own module's URL, whichever file it lands in.
    rollupOptions: {
      output: { entryFileNames: 'pacto.js', chunkFileNames: '[name]-[hash].js', format: 'es' },
    },
  },
});
