/**
 * The app's import path on a file too large for it (10M rows, ~1.5 GB): runImport as the app's main
 * process runs it (workers, parts, the row and memory limits), then the compliance engine if it
 * completes. Prints one JSON line: the record count, or the error and its message in English and
 * Spanish, and how late this thread's event loop (the app's main process) ran meanwhile, progress
 * events handled as the app forwards them. Run as its own process (harness/process.ts measures wall time, CPU and peak RSS):
 *   node out/bench/big-import.js <csv>
 */
import { measure } from '../../src/shared/compliance/engine';
import { runImport } from '../../src/main/import/run-import';
import { createI18n, errorMessage } from '../../src/shared/i18n';
import { startLoopProbe } from '../harness/loop-delay';
import { benchWorkbook, importRequest } from './workload';

const path = process.argv[2];
if (!path) throw new Error('usage: big-import.js <csv path>');
const workbook = benchWorkbook();
const probe = startLoopProbe();
let progressEvents = 0;
const imported = await runImport(importRequest(path, workbook), { onProgress: () => progressEvents++ });
const loop = { ...(await probe.stop()), progressEvents };
if (imported.ok) {
  const result = measure(workbook, imported.value.records);
  const records = imported.value.records.size;
  process.stdout.write(JSON.stringify({ ok: true, records, breaches: result.breaches.total, loop }) + '\n');
} else {
  const message = (lang: 'en' | 'es') => errorMessage(createI18n(lang).t, imported.error);
  const error = imported.error;
  process.stdout.write(
    JSON.stringify({ ok: false, error, en: message('en'), es: message('es'), loop }) + '\n',
  );
}
