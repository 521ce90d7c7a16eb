import type { z } from 'zod';
import type { Channel, PushEvent } from './channel';
import type { Result } from '../errors/result';
import { filesChannels } from './files';
import { appChannels } from './app';
import { importChannels } from './import';
import { exportChannels } from './export';
import { complianceChannels } from './compliance';
import { events } from './events';

/**
 * The one IPC contract: channel name → input schema → output type. Main registers a handler for each
 * through one validating wrapper; the preload exposes exactly these names; the renderer calls them
 * through src/renderer/api.ts. Add a feature's slice here.
 */
export const contract = {
  ...filesChannels,
  ...appChannels,
  ...importChannels,
  ...exportChannels,
  ...complianceChannels,
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export const channelNames = Object.keys(contract) as ChannelName[];

export type InputOf<K extends ChannelName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends ChannelName> = z.output<Contract[K]['input']>;
export type OutputOf<K extends ChannelName> = Contract[K] extends Channel<z.ZodType, infer O> ? O : never;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = Events[E] extends PushEvent<infer P> ? P : never;
export const eventNames = Object.keys(events) as EventName[];

/** What the preload exposes as `window.pacto`: one method per channel, plus event subscription. */
export type Bridge = {
  [K in ChannelName]: (input: InputOf<K>) => Promise<Result<OutputOf<K>>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
export function isEventName(name: string): name is EventName {
  return Object.prototype.hasOwnProperty.call(events, name);
}
