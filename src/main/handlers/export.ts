import { basename } from 'node:path';
import type { Ports } from '../ports';
import type { HandlerSlice, Session } from './types';
import type { exportChannels, ExportedFile } from '../../shared/ipc/export';
import { fail, ok, type Result } from '../../shared/errors/result';
import { exportTranslator } from '../../shared/export/agreement-text';
import type { PrintData } from '../../shared/export/print-data';
import { Workbook, type Language } from '../../shared/workbook/schema';
import { newId } from '../../shared/workbook/ids';
import { exportPdfFile, exportXlsxFile } from '../export/export-files';

type Input = { doc: unknown; lang: Language; paper: 'a4' | 'letter' };

/**
 * Export: main asks where to save (the renderer never sends a path), writes the file off the UI
 * thread, and hands back a token for "show in folder". PDFs are printed by `ports.pdf`: Electron's
 * printToPDF in the app, a system Chromium in the tests.
 */
export function createExportHandlers(ports: Ports): HandlerSlice<keyof typeof exportChannels> {
  const prepare = (input: Input): Result<PrintData> => {
    const parsed = Workbook.safeParse(input.doc);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return fail('file.invalid', {
        file: '',
        field: issue?.path.join('.') ?? '',
        detail: issue?.message ?? '',
      });
    }
    return ok({ doc: parsed.data, lang: input.lang, paper: input.paper });
  };
  const exportTo = async (
    input: Input,
    session: Session,
    ext: 'xlsx' | 'pdf',
    write: (path: string, data: PrintData) => Promise<void>,
  ): Promise<Result<ExportedFile | null>> => {
    const data = prepare(input);
    if (!data.ok) return data;
    const t = exportTranslator(input.lang);
    const base = (data.value.doc.meta.title || t('untitled')).replace(/[\\/:*?"<>|]+/g, ' ').trim();
    const path = await ports.dialogs.saveFile({
      title: t(ext === 'pdf' ? 'screen.exportPdf' : 'screen.exportXlsx'),
      defaultName: `${base}.${ext}`,
      filters: [{ name: ext === 'pdf' ? 'PDF' : 'Excel', extensions: [ext] }],
    });
    if (!path) return ok(null);
    await write(path, data.value);
    const token = newId();
    session.grantedPaths.set(token, path);
    return ok({ fileName: basename(path), token });
  };

  return {
    async exportXlsx(input, { session }) {
      return exportTo(input, session, 'xlsx', (path, data) =>
        exportXlsxFile(ports.files, path, data, ports.clock.now()),
      );
    },
    async exportPdf(input, { session }) {
      return exportTo(input, session, 'pdf', (path, data) =>
        exportPdfFile(ports.files, ports.pdf, path, data, ports.clock.now()),
      );
    },
    async showExportInFolder({ token }, { session }) {
      const path = session.grantedPaths.get(token);
      if (!path) return fail('file.read', { file: '', detail: 'unknown export' });
      ports.shell.showItemInFolder(path);
      return ok(null);
    },
  };
}
