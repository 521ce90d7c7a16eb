import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { channelNames } from '../../shared/ipc/contract';
import type { HandlerContext, Handlers } from '../handlers/types';
import { guardedDispatch } from './guarded-dispatch';

export interface IpcWiring {
  handlers: Handlers;
  contextFor: (win: BrowserWindow) => HandlerContext | undefined;
  windowOf: (event: IpcMainInvokeEvent) => BrowserWindow | undefined;
  /** Runs after a request that was not refused (menu refresh, the window's edited mark). */
  after?: (channel: string) => void;
  /** The dev server's URL in an unpackaged dev run (see `rendererSource`), else undefined. */
  devServerUrl: string | undefined;
}

/**
 * Registers every contract channel through one wrapper: the sender must be one of our windows showing
 * our own page; then `dispatch` validates the payload and runs the handler.
 */
export function registerIpc({ handlers, contextFor, windowOf, after, devServerUrl }: IpcWiring): void {
  for (const channel of channelNames) {
    ipcMain.removeHandler(channel);
    ipcMain.handle(channel, async (event, payload: unknown) => {
      const win = windowOf(event);
      const ctx = win ? contextFor(win) : undefined;
      const frameUrl = event.senderFrame?.url;
      const result = await guardedDispatch(handlers, channel, payload, ctx, frameUrl, devServerUrl);
      if (result.ok || result.error.code !== 'ipc.forbidden') after?.(channel);
      return result;
    });
  }
}
