import { nodeFiles } from '../../../src/main/adapters/node-files';
import { memorySettings } from '../../../src/main/adapters/memory-settings';
import type { DialogPort, Ports } from '../../../src/main/ports';

/** Real files, no dialogs (every dialog is cancelled unless overridden), a fixed clock. */
export function testPorts(userDataDir: string, overrides: Partial<Ports> = {}): Ports {
  const dialogs: DialogPort = { openFiles: async () => null, saveFile: async () => null };
  return {
    files: nodeFiles,
    dialogs,
    settings: memorySettings(),
    clock: { now: () => new Date('2026-05-04T12:00:00Z') },
    shell: { openExternal: async () => undefined, showItemInFolder: () => undefined },
    userDataDir,
    systemLocale: 'es-ES',
    version: '0.0.0-test',
    ...overrides,
  };
}
