import type {
  ChannelName,
  EventName,
  EventPayload,
  OutputOf,
  ParsedInputOf,
} from '../../shared/ipc/contract';
import type { Result } from '../../shared/errors/result';

/** Per-window state kept in main: the open file's path never leaves this process. */
export interface Session {
  path: string | null;
  dirty: boolean;
  /** A file handed over by the OS (argument, double-click) before the renderer was ready. */
  pendingPath: string | null;
  /** A file the OS asked to open while a workbook was open, until the renderer answers (`openFromOs`). */
  osOpenPath: string | null;
  /** The renderer has called `startup` (and so listens to pushes); before that, OS opens wait in pendingPath. */
  started: boolean;
  /** Paths the user chose in a dialog or dropped, keyed by the token the renderer holds. */
  grantedPaths: Map<string, string>;
  /** Closes the window for real (set by the Electron layer). */
  close(): void;
}

export const newSession = (close: () => void = () => undefined): Session => ({
  path: null,
  dirty: false,
  pendingPath: null,
  osOpenPath: null,
  started: false,
  grantedPaths: new Map(),
  close,
});

export interface HandlerContext {
  session: Session;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

export type Handler<K extends ChannelName> = (
  input: ParsedInputOf<K>,
  ctx: HandlerContext,
) => Promise<Result<OutputOf<K>>>;

export type Handlers = { [K in ChannelName]: Handler<K> };
export type HandlerSlice<K extends ChannelName> = { [P in K]: Handler<P> };
