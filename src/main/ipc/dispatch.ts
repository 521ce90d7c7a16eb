import { contract, isChannelName } from '../../shared/ipc/contract';
import { AppFailure, fail, type Result } from '../../shared/errors/result';
import type { HandlerContext, Handlers } from '../handlers/types';

/**
 * The one path every request takes, in the app (behind ipcMain) and in the e2e harness (behind a page
 * binding): refuse unknown channels, validate the payload against the contract, run the handler, and
 * turn failures into translatable errors instead of exceptions crossing the boundary.
 */
export async function dispatch(
  handlers: Handlers,
  channel: string,
  payload: unknown,
  ctx: HandlerContext,
): Promise<Result<unknown>> {
  if (!isChannelName(channel)) return fail('ipc.unknownChannel', { channel: String(channel).slice(0, 64) });
  const parsed = contract[channel].input.safeParse(payload ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return fail('ipc.invalidInput', { channel, detail: `${where}${issue?.message ?? 'invalid'}` });
  }
  try {
    const handler = handlers[channel] as (input: unknown, ctx: HandlerContext) => Promise<Result<unknown>>;
    return await handler(parsed.data, ctx);
  } catch (e) {
    if (e instanceof AppFailure) return { ok: false, error: e.toError() };
    console.error(`[ipc] ${channel} failed`, e);
    return fail('ipc.internal', { detail: e instanceof Error ? e.message : String(e) });
  }
}
