import type { Ports } from '../ports';
import type { HandlerSlice } from './types';
import type { appChannels } from '../../shared/ipc/app';
import { AppFailure, fail, ok } from '../../shared/errors/result';
import { readWorkbookFile, RecoveryStore } from '../services/workbook-files';
import { isSafeExternalUrl } from '../platform/external-url';

export function createAppHandlers(ports: Ports): HandlerSlice<keyof typeof appChannels> {
  const recovery = new RecoveryStore(ports.files, ports.userDataDir);
  const settings = () => ({ language: ports.settings.get().language });

  return {
    async startup(_input, { session }) {
      session.started = true;
      let opened = null;
      let openError = null;
      if (session.pendingPath) {
        try {
          opened = await readWorkbookFile(ports.files, session.pendingPath);
          session.path = session.pendingPath;
        } catch (e) {
          if (!(e instanceof AppFailure)) throw e;
          openError = e.toError();
        }
        session.pendingPath = null;
      }
      return ok({
        settings: settings(),
        systemLocale: ports.systemLocale,
        version: ports.version,
        opened,
        openError,
        recovery: await recovery.load(),
      });
    },

    async getSettings() {
      return ok(settings());
    },

    async setSettings(patch) {
      if (patch.language !== undefined) ports.settings.set({ language: patch.language });
      return ok(settings());
    },

    async openExternal({ url }) {
      if (!isSafeExternalUrl(url)) return fail('link.notHttps');
      await ports.shell.openExternal(url);
      return ok(null);
    },

    async closeWindow(_input, { session }) {
      session.dirty = false;
      session.close();
      return ok(null);
    },
  };
}
