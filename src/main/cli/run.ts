import { warmImportWorkers } from '../import/import-workers';

// Entry of the built CLI (out/cli/pacto.js), started by bin/pacto.js. `measure` imports files: its
// workers boot while the rest of the CLI loads (see import-workers.ts).
if (process.argv[2] === 'measure') warmImportWorkers();
const { main } = await import('./index');
process.exitCode = await main(process.argv.slice(2));
