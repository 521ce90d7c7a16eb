import { basename, dirname } from 'node:path';
import { createHash } from 'node:crypto';
import type { Ports } from '../ports';
import type { HandlerSlice } from './types';
import type { filesChannels } from '../../shared/ipc/files';
import { ok } from '../../shared/errors/result';
import { readWorkbookFile, RecoveryStore, writeWorkbookFile } from '../services/workbook-files';
import { createFromTemplate } from '../../shared/workbook/templates';

const WORKBOOK_FILTERS = [{ name: 'Pacto', extensions: ['pacto'] }];
const RECENT_LIMIT = 10;

/** The opaque token the renderer uses for a recent file. */
export const recentId = (path: string): string =>
  createHash('sha256').update(path).digest('hex').slice(0, 16);

export function createFileHandlers(ports: Ports): HandlerSlice<keyof typeof filesChannels> {
  const recovery = new RecoveryStore(ports.files, ports.userDataDir);

  const remember = (path: string): void => {
    const recent = [path, ...ports.settings.get().recent.filter((p) => p !== path)].slice(0, RECENT_LIMIT);
    ports.settings.set({ recent });
  };

  const saveTo = async (path: string, doc: unknown, session: { path: string | null; dirty: boolean }) => {
    const { backupSkipped } = await writeWorkbookFile(ports.files, path, doc, ports.clock.now());
    session.path = path;
    session.dirty = false;
    remember(path);
    await recovery.discard();
    return { fileName: basename(path), ...(backupSkipped ? { backupSkipped } : {}) };
  };

  const saveAs = async (doc: unknown, session: { path: string | null; dirty: boolean }) => {
    const path = await ports.dialogs.saveFile({
      title: 'Pacto',
      defaultName: session.path ? basename(session.path) : 'pacto.pacto',
      filters: WORKBOOK_FILTERS,
    });
    if (!path) return ok(null);
    const target = path.endsWith('.pacto') ? path : `${path}.pacto`;
    return ok(await saveTo(target, doc, session));
  };

  return {
    async newWorkbook({ template, lang }, { session }) {
      session.path = null;
      session.dirty = false;
      return ok({ doc: createFromTemplate(template, lang, ports.clock.now()), fileName: null });
    },

    async openWorkbook(_input, { session }) {
      const paths = await ports.dialogs.openFiles({
        title: 'Pacto',
        filters: WORKBOOK_FILTERS,
        multiple: false,
      });
      const path = paths?.[0];
      if (!path) return ok(null);
      const opened = await readWorkbookFile(ports.files, path); // throws before the session changes
      session.path = path;
      session.dirty = false;
      remember(path);
      return ok(opened);
    },

    async openRecent({ id }, { session }) {
      const path = ports.settings.get().recent.find((p) => recentId(p) === id);
      if (!path) return { ok: false, error: { code: 'file.read', params: { file: id, detail: 'ENOENT' } } };
      const opened = await readWorkbookFile(ports.files, path);
      session.path = path;
      session.dirty = false;
      remember(path);
      return ok(opened);
    },

    async openFromOs({ open }, { session }) {
      const path = session.osOpenPath;
      session.osOpenPath = null;
      if (!open || !path) return ok(null);
      const opened = await readWorkbookFile(ports.files, path); // throws before the session changes
      session.path = path;
      session.dirty = false;
      remember(path);
      return ok(opened);
    },

    async listRecent() {
      return ok(
        ports.settings.get().recent.map((p) => ({ id: recentId(p), name: basename(p), folder: dirname(p) })),
      );
    },

    async saveWorkbook({ doc }, { session }) {
      return session.path ? ok(await saveTo(session.path, doc, session)) : saveAs(doc, session);
    },

    async saveWorkbookAs({ doc }, { session }) {
      return saveAs(doc, session);
    },

    async autosave({ doc }, { session }) {
      await recovery.save(doc, session.path ? basename(session.path) : null, ports.clock.now());
      return ok(null);
    },

    async discardRecovery() {
      await recovery.discard();
      return ok(null);
    },

    async setDirty({ dirty }, { session }) {
      session.dirty = dirty;
      return ok(null);
    },
  };
}
