import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { channelNames, eventNames, type Bridge, type EventName } from '../shared/ipc/contract';
import { DROPPED_FILES_CHANNEL } from '../shared/ipc/import';

// Exposes exactly the contract's methods; the IPC event object (and its sender) never reaches the page.
const bridge = Object.fromEntries(
  channelNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(name, input)]),
) as Record<string, unknown>;

bridge.on = (event: EventName, listener: (payload: unknown) => void) => {
  if (!eventNames.includes(event)) throw new Error(`unknown event ${String(event)}`);
  const wrapped = (_e: unknown, payload: unknown) => listener(payload);
  ipcRenderer.on(event, wrapped);
  return () => ipcRenderer.removeListener(event, wrapped);
};

contextBridge.exposeInMainWorld('pacto', bridge as Bridge);

// Dropped files: their paths go to main from here (capture phase, before the page's handler runs), so
// the page never handles a path; the import wizard then asks main for them (importTakeDropped).
type DroppedFile = Parameters<typeof webUtils.getPathForFile>[0];
interface DropEvent {
  dataTransfer: { files: ArrayLike<DroppedFile> } | null;
}
// This file is type-checked without the DOM library: name the little of `window` it uses.
(
  globalThis as unknown as {
    addEventListener(type: 'drop', l: (e: DropEvent) => void, capture: boolean): void;
  }
).addEventListener(
  'drop',
  (e) => {
    const paths = Array.from(e.dataTransfer?.files ?? [], (f) => webUtils.getPathForFile(f)).filter(Boolean);
    if (paths.length > 0) ipcRenderer.send(DROPPED_FILES_CHANNEL, paths);
  },
  true,
);
