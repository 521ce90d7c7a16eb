import { fail, type Result } from '../../shared/errors/result';
import type { HandlerContext, Handlers } from '../handlers/types';
import { isTrustedSender } from '../security-policy';
import { dispatch } from './dispatch';

/**
 * What every ipcMain handler runs: a request from anything but one of our windows (no handler
 * context) showing our own page is refused before its payload is even looked at.
 */
export async function guardedDispatch(
  handlers: Handlers,
  channel: string,
  payload: unknown,
  ctx: HandlerContext | undefined,
  frameUrl: string | undefined,
  devServerUrl?: string,
): Promise<Result<unknown>> {
  if (!ctx || !isTrustedSender(frameUrl, devServerUrl)) return fail('ipc.forbidden');
  return dispatch(handlers, channel, payload, ctx);
}
