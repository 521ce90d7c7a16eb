import { resolve } from 'node:path';
import type { CliCommand } from '../types';
import { nodeFiles } from '../../adapters/node-files';
import { ChromiumPdfRenderer } from '../../export/chromium-pdf';
import { exportPdfFile, exportXlsxFile } from '../../export/export-files';
import { printViewDir } from '../../export/print-view-dir';
import { findChromium } from '../../platform/chromium';
import { readWorkbookFile } from '../../services/workbook-files';
import { AppFailure } from '../../../shared/errors/result';
import { PAPERS, type Paper, type PrintData } from '../../../shared/export/print-data';
import { errorMessage } from '../../../shared/i18n';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * `pacto export`: the agreement as .xlsx and/or PDF, in the workbook's language unless --lang is given.
 * The PDF is the app's print view printed by a Chromium found on the system.
 */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Export the agreement to Excel (.xlsx) and/or PDF.',
  usage:
    'pacto export --workbook W.pacto [--xlsx out.xlsx] [--pdf out.pdf] [--paper a4|letter] [--lang es|en]',
  options: {
    workbook: { type: 'string', short: 'w' },
    xlsx: { type: 'string' },
    pdf: { type: 'string' },
    paper: { type: 'string' },
  },
  async run(values, { io, t }) {
    const usage = (message: string): number => {
      io.stderr(`${message}\n${t('export:cli.usage')}\n`);
      return 2;
    };
    const workbookArg = str(values.workbook);
    const xlsx = str(values.xlsx);
    const pdf = str(values.pdf);
    const paperArg = str(values.paper) ?? 'a4';
    if (!workbookArg) return usage('--workbook?');
    if (!xlsx && !pdf) return usage(t('export:cli.nothingToDo'));
    if (!(PAPERS as readonly string[]).includes(paperArg)) return usage(`--paper ${paperArg}?`);

    try {
      const { doc } = await readWorkbookFile(nodeFiles, resolve(io.cwd, workbookArg));
      const lang = values.lang === 'es' || values.lang === 'en' ? values.lang : doc.meta.language;
      const data: PrintData = { doc, lang, paper: paperArg as Paper };
      if (xlsx) {
        const path = resolve(io.cwd, xlsx);
        await exportXlsxFile(nodeFiles, path, data, new Date());
        io.stdout(t('export:cli.wrote', { file: path }) + '\n');
      }
      if (pdf) {
        const executablePath = findChromium(io.env);
        if (!executablePath) throw new AppFailure('export:cli.noChromium');
        const rendererDir = printViewDir(io.env);
        if (!rendererDir) throw new AppFailure('export:cli.noPrintView', { path: 'out/renderer/print.html' });
        const path = resolve(io.cwd, pdf);
        await exportPdfFile(nodeFiles, new ChromiumPdfRenderer({ rendererDir, executablePath }), path, data);
        io.stdout(t('export:cli.wrote', { file: path }) + '\n');
      }
      return 0;
    } catch (e) {
      if (!(e instanceof AppFailure)) throw e;
      io.stderr(`${errorMessage(t, e.toError())}\n`);
      return 1;
    }
  },
};
