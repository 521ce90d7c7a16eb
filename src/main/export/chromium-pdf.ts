import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { AppFailure } from '../../shared/errors/result';
import { PRINT_MESSAGE, READY_ATTRIBUTE, pageSetup, type PrintRequest } from '../../shared/export/print-data';
import { CHROMIUM_ARGS, findChromium } from '../platform/chromium';
import { fileOfUrl } from '../security-policy';
import type { PdfPrinter, PdfRenderer } from './pdf-renderer';

/** An origin that never resolves on the network: every request to it is answered from `rendererDir`. */
const ORIGIN = 'http://pacto.print';
export const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

/** The file under `root` a request URL names, or null for anything outside it or off our origin. */
export const servedFile = (root: string, url: string): string | null =>
  fileOfUrl(root, url, (parsed) => parsed.origin === ORIGIN);

export interface ChromiumPdfOptions {
  /** The built renderer (out/renderer), holding print.html and its assets. */
  rendererDir: string;
  executablePath?: string;
  env?: Record<string, string | undefined>;
}

/**
 * Prints with a system Chromium via playwright-core (the CLI and tests; the app prints with Electron):
 * one browser and one page per `open()`, printed as often as asked. playwright-core is imported on the
 * first print only, so `pacto` starts without loading it. Requests are intercepted: files of the built
 * renderer are served from disk and everything else is aborted, so the view can load nothing remote.
 */
export class ChromiumPdfRenderer implements PdfRenderer {
  constructor(private readonly options: ChromiumPdfOptions) {}

  async open(): Promise<PdfPrinter> {
    const executablePath = this.options.executablePath ?? findChromium(this.options.env);
    if (!executablePath) throw new AppFailure('export:cli.noChromium');
    const { chromium } = await import('playwright-core');
    let browser: Browser;
    try {
      browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS], headless: true });
    } catch (e) {
      // playwright's message carries the whole launch log: its first line says enough.
      const detail = (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
      throw new AppFailure('export:cli.browserFailed', { path: executablePath, detail });
    }
    try {
      const page = await this.openPage(browser);
      return { print: (request) => print(page, request), close: () => browser.close() };
    } catch (e) {
      await browser.close();
      throw e;
    }
  }

  private async openPage(browser: Browser): Promise<Page> {
    const root = this.options.rendererDir;
    const page = await browser.newPage({ javaScriptEnabled: true });
    await page.route('**/*', async (route) => {
      const file = servedFile(root, route.request().url());
      if (!file) return route.abort('blockedbyclient');
      try {
        const body = await readFile(file);
        return route.fulfill({
          status: 200,
          body,
          contentType: MIME[extname(file)] ?? 'application/octet-stream',
        });
      } catch {
        return route.fulfill({ status: 404, body: '' });
      }
    });
    await page.goto(`${ORIGIN}/print.html`, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    return page;
  }
}

async function print(page: Page, request: PrintRequest): Promise<Uint8Array> {
  // Runs in the page; typed through globalThis because main has no DOM types. The previous print's
  // ready mark is cleared first, so the wait below cannot return before this request is drawn.
  await page.evaluate(
    ({ message, origin, ready }) => {
      const g = globalThis as unknown as {
        document: { documentElement: { removeAttribute(name: string): void } };
        postMessage(m: unknown, origin: string): void;
      };
      g.document.documentElement.removeAttribute(ready);
      g.postMessage(message, origin);
    },
    { message: { type: PRINT_MESSAGE, payload: request }, origin: ORIGIN, ready: READY_ATTRIBUTE },
  );
  await page.waitForSelector(`html[${READY_ATTRIBUTE}]`, { timeout: 30_000 });
  const pdf = await page.pdf({ ...pageSetup(request), printBackground: true });
  return new Uint8Array(pdf);
}
