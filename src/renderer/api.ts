import type { Bridge, ChannelName, EventName, EventPayload, InputOf, OutputOf } from '../shared/ipc/contract';
import type { Result } from '../shared/errors/result';

/**
 * The renderer's only way to main: the typed bridge the preload exposes (in tests, the harness exposes
 * the same shape bound to the real handlers). Every call returns a Result; nothing throws across.
 */
const bridge = (window as unknown as { pacto: Bridge }).pacto;

export function call<K extends ChannelName>(channel: K, input: InputOf<K>): Promise<Result<OutputOf<K>>> {
  const method = bridge[channel] as (input: InputOf<K>) => Promise<Result<OutputOf<K>>>;
  return method(input);
}

export function subscribe<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  return bridge.on(event, listener);
}
