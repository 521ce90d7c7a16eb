import { defineConfig } from 'vite';

// The `pacto` CLI: a Node bundle of src/main/cli (dependencies stay in node_modules).
export default defineConfig({
  build: {
    ssr: 'src/main/cli/run.ts',
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'pacto.js', format: 'es' } },
  },
});
