/**
 * Export benchmarks, each mode in its own process:
 *   prepare      import the 100k file and measure it once; store the compliance result in bench/data/
 *                (so the export runs below do not carry the import's memory in their peak RSS);
 *   xlsx <n>     the agreement workbook as .xlsx with n breach rows (the real exceljs streaming writer);
 *   pdf          the template workbook (with that compliance snapshot) printed by Chromium.
 * The engine keeps at most BREACH_CAP breaches in a snapshot, so n above it is a stress test built by
 * repeating real breaches under new record ids.
 */
import { PDFDocument } from '@cantoo/pdf-lib';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { measure } from '../../src/shared/compliance/engine';
import { importFiles } from '../../src/main/import/import-files';
import { exportPdfFile, exportXlsxFile } from '../../src/main/export/export-files';
import { ChromiumPdfRenderer } from '../../src/main/export/chromium-pdf';
import { printViewDir } from '../../src/main/export/print-view-dir';
import { findChromium } from '../../src/main/platform/chromium';
import { nodeFiles } from '../../src/main/adapters/node-files';
import type { ComplianceResult, Workbook } from '../../src/shared/workbook/schema';
import { DATA_DIR, ensureDataset } from '../generate/dataset';
import { childMain, peakRssMb } from '../harness/child';
import { ROWS, SEED, benchWorkbook, importRequest } from './workload';

export interface ExportRun {
  mode: 'xlsx' | 'pdf';
  wallMs: number;
  peakRssMb: number;
  bytes: number;
  breachRows?: number;
  pages?: number;
}

const RESULT = join(DATA_DIR, `compliance-100k-s${SEED}.json`);
const NOW = new Date('2026-01-15T09:00:00Z');

async function prepare(): Promise<{ breaches: number }> {
  const workbook = benchWorkbook();
  const { path } = ensureDataset({ rows: ROWS['100k'], seed: SEED });
  const imported = await importFiles(importRequest(path, workbook));
  if (!imported.ok) throw new Error(`import failed: ${JSON.stringify(imported.error)}`);
  const result = measure(workbook, imported.value.records);
  writeFileSync(RESULT, JSON.stringify(result));
  return { breaches: result.breaches.total };
}

/** The template workbook with one snapshot holding `result`, its breach list stretched to `n`. */
function workbookWith(result: ComplianceResult, n?: number): Workbook {
  const items = result.breaches.items;
  const breaches =
    n === undefined
      ? items
      : Array.from({ length: n }, (_, i) => {
          const b = items[i % items.length]!;
          return i < items.length ? b : { ...b, recordId: `${b.recordId}-${Math.floor(i / items.length)}` };
        });
  const wb = benchWorkbook();
  const snapshot = {
    id: 'bench-snapshot',
    importedAt: NOW.toISOString(),
    asOf: result.asOf,
    files: [{ name: 'hubspot-contacts.csv', size: 0, sha256: '0'.repeat(64), rows: result.records }],
    result: {
      ...result,
      breaches: { total: Math.max(result.breaches.total, breaches.length), items: breaches },
    },
  };
  return { ...wb, imports: { ...wb.imports, snapshots: [snapshot] } };
}

async function xlsx(n: number): Promise<ExportRun> {
  const doc = workbookWith(JSON.parse(readFileSync(RESULT, 'utf8')) as ComplianceResult, n);
  const out = join(tmpdir(), `pacto-bench-${process.pid}.xlsx`);
  const t0 = performance.now();
  await exportXlsxFile(nodeFiles, out, { doc, lang: doc.meta.language, paper: 'a4' }, NOW);
  const wallMs = performance.now() - t0;
  const bytes = statSync(out).size;
  rmSync(out, { force: true });
  return { mode: 'xlsx', wallMs, peakRssMb: peakRssMb(), bytes, breachRows: n };
}

async function pdf(): Promise<ExportRun> {
  const doc = workbookWith(JSON.parse(readFileSync(RESULT, 'utf8')) as ComplianceResult);
  const rendererDir = printViewDir();
  const executablePath = findChromium();
  if (!rendererDir) throw new Error('no out/renderer/print.html: build first (npm run build)');
  if (!executablePath) throw new Error('no Chromium found for the PDF export');
  const out = join(tmpdir(), `pacto-bench-${process.pid}.pdf`);
  const t0 = performance.now();
  await exportPdfFile(
    nodeFiles,
    new ChromiumPdfRenderer({ rendererDir, executablePath }),
    out,
    { doc, lang: doc.meta.language, paper: 'a4' },
    NOW,
  );
  const wallMs = performance.now() - t0;
  const bytes = readFileSync(out);
  rmSync(out, { force: true });
  // Page objects may sit in compressed object streams: count them with the PDF library.
  const pages = (await PDFDocument.load(bytes)).getPageCount();
  // Chromium runs in its own processes: this RSS is the Node side only.
  return { mode: 'pdf', wallMs, peakRssMb: peakRssMb(), bytes: bytes.length, pages };
}

childMain(async () => {
  const [mode, arg] = process.argv.slice(2);
  if (mode === 'prepare') return prepare();
  if (mode === 'xlsx') return xlsx(Number(arg ?? 100_000));
  if (mode === 'pdf') return pdf();
  throw new Error(`mode must be prepare, xlsx or pdf, not ${mode}`);
});
