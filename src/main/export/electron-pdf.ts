import { BrowserWindow } from 'electron';
import { READY_ATTRIBUTE, PRINT_MESSAGE, pageSetup, type PrintRequest } from '../../shared/export/print-data';
import type { PdfPrinter, PdfRenderer } from './pdf-renderer';

const MM_PER_INCH = 25.4;
const inches = (mm: string) => Number.parseFloat(mm) / MM_PER_INCH;

/**
 * The app's PDF: a hidden, sandboxed window without preload loads print.html; each print hands it the
 * request in one window message (the JSON literal is data, not code built from user text), waits for
 * the view's ready attribute, then webContents.printToPDF. `printViewUrl` is the app's own print.html.
 */
export class ElectronPdfRenderer implements PdfRenderer {
  constructor(private readonly printViewUrl: string) {}

  async open(): Promise<PdfPrinter> {
    const win = new BrowserWindow({
      show: false,
      width: 900,
      height: 1200,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: true },
    });
    try {
      await win.loadURL(this.printViewUrl);
    } catch (e) {
      win.destroy();
      throw e;
    }
    return {
      print: (request) => print(win, request),
      close: async () => win.destroy(),
    };
  }
}

async function print(win: BrowserWindow, request: PrintRequest): Promise<Uint8Array> {
  const ready = JSON.stringify(READY_ATTRIBUTE);
  const message = JSON.stringify({ type: PRINT_MESSAGE, payload: request });
  // The previous print's ready mark is cleared before the message is posted, so the wait below cannot
  // return before this request is drawn.
  await win.webContents.executeJavaScript(
    `document.documentElement.removeAttribute(${ready}); window.postMessage(${message}, window.location.origin); undefined`,
  );
  await win.webContents.executeJavaScript(
    `new Promise((resolve) => { const check = () => document.documentElement.hasAttribute(${ready}) ? resolve(true) : setTimeout(check, 50); check(); })`,
  );
  const setup = pageSetup(request);
  const pdf = await win.webContents.printToPDF({
    pageSize: setup.format,
    printBackground: true,
    displayHeaderFooter: setup.displayHeaderFooter,
    headerTemplate: setup.headerTemplate,
    footerTemplate: setup.footerTemplate,
    margins: {
      top: inches(setup.margin.top),
      bottom: inches(setup.margin.bottom),
      left: inches(setup.margin.left),
      right: inches(setup.margin.right),
    },
  });
  return new Uint8Array(pdf);
}
