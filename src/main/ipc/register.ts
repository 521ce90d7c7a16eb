import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { channelNames } from '../../shared/ipc/contract';
import type { HandlerContext, Handlers } from '../handlers/types';
import { guardedDispatch } from './guarded-dispatch';

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
      const result = await guardedDispatch(handlers, channel, payload, ctx, event.senderFrame?.url);
      if (result.ok || result.error.code !== 'ipc.forbidden') after?.(channel);
      return result;
    });
  }
}
