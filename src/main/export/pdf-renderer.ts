import type { PrintRequest } from '../../shared/export/print-data';

/**
 * Prints the print view to PDF bytes. The app uses Electron's printToPDF (electron-pdf.ts); the CLI
 * and tests use a system Chromium driven by playwright-core (chromium-pdf.ts). Both load the same
 * built print.html once per `open()` and print it as often as asked: the agreement takes several
 * prints (see pdf/print-agreement.ts), each handed over in one message and awaited by the view's
 * ready attribute.
 */
export interface PdfRenderer {
  open(): Promise<PdfPrinter>;
}

export interface PdfPrinter {
  print(request: PrintRequest): Promise<Uint8Array>;
  close(): Promise<void>;
}
