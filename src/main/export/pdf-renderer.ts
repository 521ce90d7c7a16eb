import type { PrintData } from '../../shared/export/print-data';

/**
 * Turns the print view into PDF bytes. The app uses Electron's printToPDF (electron-pdf.ts); the CLI
 * and tests use a system Chromium driven by playwright-core (chromium-pdf.ts). Both load the same
 * built print.html, hand it the data and wait for its ready attribute.
 */
export interface PdfRenderer {
  render(data: PrintData): Promise<Uint8Array>;
}
