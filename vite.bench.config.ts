import { defineConfig } from 'vite';

// The import benchmarks as a Node bundle of built code, run with plain `node` as the app runs its main
// process: no tsx transpiling or memory in the process, and `runImport` starts the built worker
// (out/main/import-worker.js, found beside the bundle's `../main/`). Dependencies stay in node_modules.
// The DuckDB baseline is built too, so that both sides of the ratio run as plain `node` processes.
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'out/bench',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      input: {
        import: 'bench/cases/import.ts',
        responsiveness: 'bench/cases/responsiveness.ts',
        duckdb: 'bench/cases/duckdb.ts',
        'big-import': 'bench/cases/big-import.ts',
      },
      // Shared chunks beside the entries: run-import.ts resolves the worker from its own module URL.
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
});
