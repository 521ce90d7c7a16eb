import { nodeFiles } from '../../../src/main/adapters/node-files';
import { memorySettings } from '../../../src/main/adapters/memory-settings';
import type { DialogPort, Ports } from '../../../src/main/ports';
import { ChromiumPdfRenderer } from '../../../src/main/export/chromium-pdf';
import { printViewDir } from '../../../src/main/export/print-view-dir';

/** Real files, no dialogs (every dialog is cancelled unless overridden), a fixed clock, a system Chromium for PDFs. */
export function testPorts(userDataDir: string, overrides: Partial<Ports> = {}): Ports {
  const dialogs: DialogPort = { openFiles: async () => null, saveFile: async () => null };
  return {
    files: nodeFiles,
    dialogs,
    settings: memorySettings(),
    clock: { now: () => new Date('2026-05-04T12:00:00Z') },
    shell: { openExternal: async () => undefined, showItemInFolder: () => undefined },
    pdf: new ChromiumPdfRenderer({ rendererDir: printViewDir() ?? 'out/renderer' }),
    userDataDir,
    systemLocale: 'es-ES',
    version: '0.0.0-test',
    ...overrides,
  };
}
