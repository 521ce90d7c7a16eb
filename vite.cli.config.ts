import { defineConfig } from 'vite';

// The `pacto` CLI: a Node bundle of src/main/cli (dependencies stay in node_modules).
export default defineConfig({
  // zod is bundled, the one dependency that is: importing the package loads all of it (≈ 0.1 s of
  // start-up, which every `pacto measure` waits through before its import workers get their files).
  ssr: { noExternal: ['zod'] },
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
