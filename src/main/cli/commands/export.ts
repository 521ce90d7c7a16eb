import { resolve } from 'node:path';
import type { CliCommand } from '../types';
import { str } from '../args';
import { choices } from '../help';
import { nodeFiles } from '../../adapters/node-files';
import type { ChromiumPdfRenderer } from '../../export/chromium-pdf';
import { printViewDir } from '../../export/print-view-dir';
import { findChromium } from '../../platform/chromium';
import { readWorkbookFile } from '../../services/workbook-files';
import { AppFailure } from '../../../shared/errors/result';
import { errorMessage } from '../../../shared/i18n';
import { PAPERS, type Paper, type PrintData } from '../../../shared/export/print-data';

/**
 * `pacto export`: the agreement as .xlsx and/or PDF, in the workbook's language unless --lang is given.
 * The PDF is the app's print view printed by a Chromium found on the system; that browser and the
 * print view are checked before anything is written, so a missing one writes neither file.
 */
export const exportCommand: CliCommand = {
  name: 'export',
  options: {
    workbook: { type: 'string', short: 'w', arg: 'workbook' },
    xlsx: { type: 'string', arg: 'xlsx' },
    pdf: { type: 'string', arg: 'pdf' },
    paper: { type: 'string', arg: 'paper' },
  },
  async run(values, { io, t, usage, fail }) {
    const workbookArg = str(values.workbook);
    const xlsx = str(values.xlsx);
    const pdf = str(values.pdf);
    const paper = str(values.paper) ?? 'a4';
    if (!workbookArg) return usage(t('cli:errors.missing', { option: '-w, --workbook' }));
    if (!xlsx && !pdf) return usage(t('export:cli.nothingToDo'));
    if (!(PAPERS as readonly string[]).includes(paper))
      return usage(t('cli:errors.unknownPaper', { paper, names: choices.papers }));

    const nothing = t('cli:errors.nothingWritten');
    // Loaded here, not with the CLI: exceljs and playwright-core cost every other command ≈ 100 MB
    // and ≈ 0.5 s of start-up (`pacto measure` peaked at 385 MB instead of the import's 275 MB).
    const { exportPdfFile, exportXlsxFile } = await import('../../export/export-files');
    const { ChromiumPdfRenderer } = await import('../../export/chromium-pdf');
    let printer: ChromiumPdfRenderer | null = null;
    if (pdf) {
      const executablePath = findChromium(io.env);
      const chromePath = io.env.CHROME_PATH?.trim();
      if (!executablePath && chromePath)
        return fail(`${t('cli:errors.noChromePath', { path: chromePath })} ${nothing}`);
      if (!executablePath) return fail(`${t('export:cli.noChromium')} ${nothing}`);
      const rendererDir = printViewDir(io.env);
      if (!rendererDir)
        return fail(`${t('export:cli.noPrintView', { path: 'out/renderer/print.html' })} ${nothing}`);
      printer = new ChromiumPdfRenderer({ rendererDir, executablePath });
    }

    const { doc } = await readWorkbookFile(nodeFiles, resolve(io.cwd, workbookArg));
    const lang = values.lang === 'es' || values.lang === 'en' ? values.lang : doc.meta.language;
    const data: PrintData = { doc, lang, paper: paper as Paper };
    let written: string | null = null;
    const now = new Date();
    if (xlsx) {
      written = resolve(io.cwd, xlsx);
      await exportXlsxFile(nodeFiles, written, data, now);
      io.stdout(t('export:cli.wrote', { file: written }) + '\n');
    }
    if (pdf && printer) {
      const path = resolve(io.cwd, pdf);
      try {
        await exportPdfFile(nodeFiles, printer, path, data, now);
      } catch (e) {
        if (!written) throw e;
        // Say plainly that one of the two files does exist.
        const message =
          e instanceof AppFailure ? errorMessage(t, e.toError()) : e instanceof Error ? e.message : String(e);
        return fail(`${message}\n${t('cli:errors.xlsxWritten', { file: written })}`);
      }
      io.stdout(t('export:cli.wrote', { file: path }) + '\n');
    }
    return 0;
  },
};
