/**
 * The preload, loaded against a mocked `electron`: the page gets exactly the contract's methods and
 * `on` (no ipcRenderer, no event object, no way to name another channel), and a drop sends main only
 * the paths Electron itself attaches to dropped files — a File the page builds has none.
 */
import { describe, expect, it, vi } from 'vitest';
import { channelNames, eventNames } from '../../../src/shared/ipc/contract';
import { DROPPED_FILES_CHANNEL } from '../../../src/shared/ipc/import';

interface FakeFile {
  realPath: string;
}
const electron = vi.hoisted(() => {
  const state = {
    exposed: new Map<string, Record<string, unknown>>(),
    invoked: [] as [string, unknown][],
    sent: [] as [string, unknown][],
    listeners: new Map<string, (e: unknown, payload: unknown) => void>(),
    dropHandler: null as null | ((e: unknown) => void),
  };
  // The preload listens for drops on the page's global object.
  (globalThis as unknown as { addEventListener: unknown }).addEventListener = (
    type: string,
    l: (e: unknown) => void,
  ) => {
    if (type === 'drop') state.dropHandler = l;
  };
  return state;
});
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: Record<string, unknown>) => electron.exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: (channel: string, input: unknown) => {
      electron.invoked.push([channel, input]);
      return Promise.resolve({ ok: true, value: null });
    },
    send: (channel: string, payload: unknown) => electron.sent.push([channel, payload]),
    on: (event: string, l: (e: unknown, p: unknown) => void) => electron.listeners.set(event, l),
    removeListener: (event: string) => electron.listeners.delete(event),
  },
  // Electron knows the path of a file dropped from the OS; a File made by the page has none ('').
  webUtils: { getPathForFile: (f: FakeFile) => f.realPath },
}));

await import('../../../src/main/preload');
const bridge = electron.exposed.get('pacto')!;

describe('preload bridge', () => {
  it('exposes one object, with exactly the contract’s channels and `on`', () => {
    expect([...electron.exposed.keys()]).toEqual(['pacto']);
    expect(Object.keys(bridge).sort()).toEqual([...channelNames, 'on'].sort());
  });

  it('forwards a call to its own channel only, with the input as given', async () => {
    await (bridge.saveWorkbook as (i: unknown) => Promise<unknown>)({ doc: { x: 1 } });
    expect(electron.invoked).toEqual([['saveWorkbook', { doc: { x: 1 } }]]);
  });

  it('subscribes only to declared events, and hands the listener the payload without the IPC event', () => {
    const on = bridge.on as (e: string, l: (p: unknown) => void) => () => void;
    expect(() => on('ipc-internal', () => undefined)).toThrow();
    const got: unknown[] = [];
    const off = on(eventNames[0]!, (p) => got.push(p));
    electron.listeners.get(eventNames[0]!)!({ sender: 'the IPC event' }, { command: 'save' });
    expect(got).toEqual([{ command: 'save' }]);
    off();
    expect(electron.listeners.has(eventNames[0]!)).toBe(false);
  });

  it('sends main the paths of files dropped from the OS, and nothing for files the page made', () => {
    electron.dropHandler!({ dataTransfer: { files: [{ realPath: '/home/ana/leads.csv' }] } });
    electron.dropHandler!({ dataTransfer: { files: [{ realPath: '' }, { realPath: '' }] } });
    electron.dropHandler!({ dataTransfer: null });
    expect(electron.sent).toEqual([[DROPPED_FILES_CHANNEL, ['/home/ana/leads.csv']]]);
  });
});
