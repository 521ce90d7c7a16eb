import { ipcMain } from 'electron';
import { statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import type { Session } from '../handlers/types';
import { DROPPED_FILES_CHANNEL } from '../../shared/ipc/import';
import { isTrustedSender } from '../security-policy';
import { acceptDroppedPaths } from './session-imports';

const MAX_DROPPED = 10;

const isFile = (p: string): boolean => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};

/**
 * Electron wiring for dropped files: the preload sends the paths of a drop; main keeps those that are
 * existing files, for the wizard to take with `importTakeDropped`. Only our own page's frame counts.
 */
export function registerDropIpc(sessionOf: () => Session, devServerUrl: string | undefined): void {
  ipcMain.removeAllListeners(DROPPED_FILES_CHANNEL);
  ipcMain.on(DROPPED_FILES_CHANNEL, (event, paths: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url, devServerUrl) || !Array.isArray(paths)) return;
    const ok = paths
      .slice(0, MAX_DROPPED)
      .filter((p): p is string => typeof p === 'string' && isAbsolute(p) && isFile(p));
    acceptDroppedPaths(sessionOf(), ok);
  });
}
