import { contextBridge, ipcRenderer } from 'electron';
import { channelNames, eventNames, type Bridge, type EventName } from '../shared/ipc/contract';

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
