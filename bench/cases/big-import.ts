/**
 * The app's import path on a file too large for it (10M rows, ~1.5 GB): runImport as the app's main
 * process runs it (workers, parts, the row and memory limits), then the compliance engine if it
 * completes. Prints one JSON line: the record count, or the error and its message in English and
 * Spanish. Run as its own process (harness/process.ts measures wall time, CPU and peak RSS):
 *   node out/bench/big-import.js <csv>
 */
import { measure } from '../../src/shared/compliance/engine';
import { runImport } from '../../src/main/import/run-import';
import { createI18n, errorMessage } from '../../src/shared/i18n';
import { benchWorkbook, importRequest } from './workload';

const path = process.argv[2];
if (!path) throw new Error('usage: big-import.js <csv path>');
const workbook = benchWorkbook();
const imported = await runImport(importRequest(path, workbook));
if (imported.ok) {
  const result = measure(workbook, imported.value.records);
  process.stdout.write(
    JSON.stringify({ ok: true, records: imported.value.records.size, breaches: result.breaches.total }) +
      '\n',
  );
} else {
  const message = (lang: 'en' | 'es') => errorMessage(createI18n(lang).t, imported.error);
  process.stdout.write(
    JSON.stringify({ ok: false, error: imported.error, en: message('en'), es: message('es') }) + '\n',
  );
}
