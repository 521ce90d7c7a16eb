import { BrowserWindow } from 'electron';
import {
  PAGE_MARGINS,
  PRINT_MESSAGE,
  READY_ATTRIBUTE,
  pageTemplates,
  type PrintData,
} from '../../shared/export/print-data';
import type { PdfRenderer } from './pdf-renderer';

const MM_PER_INCH = 25.4;
const inches = (mm: string) => Number.parseFloat(mm) / MM_PER_INCH;

/**
 * The app's PDF: a hidden, sandboxed window without preload loads print.html, receives the data in
 * one window message (the JSON literal is data, not code built from user text), waits for the
 * view's ready attribute, then webContents.printToPDF. `printViewUrl` is the app's own print.html.
 */
export class ElectronPdfRenderer implements PdfRenderer {
  constructor(private readonly printViewUrl: string) {}

  async render(data: PrintData): Promise<Uint8Array> {
    const win = new BrowserWindow({
      show: false,
      width: 900,
      height: 1200,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: true },
    });
    try {
      await win.loadURL(this.printViewUrl);
      const message = JSON.stringify({ type: PRINT_MESSAGE, payload: data });
      await win.webContents.executeJavaScript(
        `window.postMessage(${message}, window.location.origin); undefined`,
      );
      await win.webContents.executeJavaScript(
        `new Promise((resolve) => { const check = () => document.documentElement.hasAttribute(${JSON.stringify(
          READY_ATTRIBUTE,
        )}) ? resolve(true) : setTimeout(check, 50); check(); })`,
      );
      const pdf = await win.webContents.printToPDF({
        pageSize: data.paper === 'letter' ? 'Letter' : 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        ...pageTemplates(data),
        margins: {
          top: inches(PAGE_MARGINS.top),
          bottom: inches(PAGE_MARGINS.bottom),
          left: inches(PAGE_MARGINS.left),
          right: inches(PAGE_MARGINS.right),
        },
      });
      return new Uint8Array(pdf);
    } finally {
      win.destroy();
    }
  }
}
