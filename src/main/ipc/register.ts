import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { channelNames } from '../../shared/ipc/contract';
import { fail } from '../../shared/errors/result';
import type { HandlerContext, Handlers } from '../handlers/types';
import { dispatch } from './dispatch';
import { isAppUrl } from '../app-protocol';

/**
 * Registers every contract channel through one wrapper: the sender must be one of our windows showing
 * our own page; then `dispatch` validates the payload and runs the handler.
 */
export function registerIpc(
  handlers: Handlers,
  contextFor: (win: BrowserWindow) => HandlerContext | undefined,
  windowOf: (event: IpcMainInvokeEvent) => BrowserWindow | undefined,
  after?: (channel: string) => void,
): void {
  for (const channel of channelNames) {
    ipcMain.removeHandler(channel);
    ipcMain.handle(channel, async (event, payload: unknown) => {
      const win = windowOf(event);
      const ctx = win ? contextFor(win) : undefined;
      const frameUrl = event.senderFrame?.url ?? '';
      if (!ctx || !isAppUrl(frameUrl)) return fail('ipc.forbidden');
      const result = await dispatch(handlers, channel, payload, ctx);
      after?.(channel);
      return result;
    });
  }
}
