/**
 * End-to-end harness: the built renderer (out/renderer) in Debian's Chromium, driven by playwright-core.
 * In place of Electron's IPC, the page gets the same `window.pacto` bridge bound (exposeBinding) to the
 * real main-process handlers and dispatcher, with real files in a temp folder. Only the transport and
 * the native dialogs (scripted here) are replaced. Every request other than the app's own files is
 * blocked and recorded, so a test can prove the renderer makes no network request.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../../src/main/platform/chromium';
import { createHandlers } from '../../src/main/handlers';
import { newSession, type HandlerContext, type Session } from '../../src/main/handlers/types';
import { dispatch } from '../../src/main/ipc/dispatch';
import { nodeFiles } from '../../src/main/adapters/node-files';
import { memorySettings } from '../../src/main/adapters/memory-settings';
import type { DialogPort, Ports, SettingsPort, StoredSettings } from '../../src/main/ports';
import { channelNames, eventNames, type EventName, type EventPayload } from '../../src/shared/ipc/contract';
import { fail } from '../../src/shared/errors/result';
import { ChromiumPdfRenderer, MIME } from '../../src/main/export/chromium-pdf';
import { printViewDir } from '../../src/main/export/print-view-dir';
import { fileBelow } from '../../src/main/security-policy';

export const ORIGIN = 'http://pacto.test';
const RENDERER_DIR = resolve('out/renderer');
export const ARTIFACTS_DIR = resolve('test/artifacts');

/** Native dialogs, answered from a script the test queues up. An unexpected dialog counts as cancelled. */
export class ScriptedDialogs implements DialogPort {
  private readonly opens: (string[] | null)[] = [];
  private readonly saves: (string | null)[] = [];
  readonly asked: string[] = [];
  answerOpen(paths: string[] | null): void {
    this.opens.push(paths);
  }
  answerSave(path: string | null): void {
    this.saves.push(path);
  }
  async openFiles(): Promise<string[] | null> {
    this.asked.push('open');
    return this.opens.shift() ?? null;
  }
  async saveFile(): Promise<string | null> {
    this.asked.push('save');
    return this.saves.shift() ?? null;
  }
}

export interface LaunchOptions {
  /** Browser locale: what the OS would report. */
  locale?: string;
  /** Reuse a user-data folder (settings, recovery) from an earlier launch. */
  userDataDir?: string;
  settings?: SettingsPort;
  /** A workbook path handed over by the OS at start-up (double-click). */
  pendingPath?: string;
  /** Set Date.now() etc. in main's clock. */
  now?: () => Date;
  /** Freeze the page's and main's clocks at this instant (deterministic screenshots). */
  fixedTime?: Date;
  /** The OS time zone the page sees (IANA); the machine's by default. */
  timeZone?: string;
  viewport?: { width: number; height: number };
}

/** The size the reviews use: a 1366×768 laptop screen. */
export const VIEWPORT = { width: 1366, height: 768 };

export interface App {
  page: Page;
  dialogs: ScriptedDialogs;
  session: Session;
  settings: SettingsPort;
  ports: Ports;
  userDataDir: string;
  /** A scratch folder for the test's files. */
  tmp: string;
  /** Requests the page tried to make outside the app's own files (all blocked). */
  blockedRequests: string[];
  /** Uncaught page errors and console errors. */
  pageErrors: string[];
  opened: string[];
  emit<E extends EventName>(event: E, payload: EventPayload<E>): Promise<void>;
  /** The viewport as it settles: fonts loaded, animations finished, no caret, no hover. */
  capture(): Promise<Buffer>;
  /** capture() written to test/artifacts/<name>.png; returns the path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

let browser: Browser | null = null;

async function getBrowser(): Promise<Browser> {
  if (browser) return browser;
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`; ' +
        'macOS: install Google Chrome) or set CHROME_PATH to a Chromium-family browser.',
    );
  }
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS.filter((a) => a !== '--headless'),
  });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

/** Serves out/renderer under ORIGIN; blocks and records everything else. */
export async function serveRenderer(context: BrowserContext, blocked: string[]): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith(`${ORIGIN}/`)) {
      blocked.push(url);
      return route.abort('blockedbyclient');
    }
    const path = fileBelow(RENDERER_DIR, new URL(url).pathname);
    if (!path || !existsSync(path)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({
      status: 200,
      contentType: MIME[extname(path)] ?? 'application/octet-stream',
      body: await readFile(path),
    });
  });
}

/** The init script that gives the page the same `window.pacto` shape the preload exposes. */
function bridgeScript(channels: readonly string[], events: readonly string[]): string {
  return `(() => {
    const channels = ${JSON.stringify(channels)};
    const events = ${JSON.stringify(events)};
    const listeners = new Map();
    const bridge = {};
    for (const c of channels) bridge[c] = (input) => window.__pactoInvoke(c, input);
    bridge.on = (event, cb) => {
      if (!events.includes(event)) throw new Error('unknown event ' + event);
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event).add(cb);
      return () => listeners.get(event).delete(cb);
    };
    Object.defineProperty(window, 'pacto', { value: Object.freeze(bridge) });
    Object.defineProperty(window, '__pactoEmit', {
      value: (event, payload) => listeners.get(event)?.forEach((cb) => cb(payload)),
    });
  })();`;
}

export async function launchApp(opts: LaunchOptions = {}): Promise<App> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` first (npm run test:e2e does).');
  }
  const b = await getBrowser();
  const context = await b.newContext({
    locale: opts.locale ?? 'en-US',
    viewport: opts.viewport ?? VIEWPORT,
    ...(opts.timeZone ? { timezoneId: opts.timeZone } : {}),
  });
  const blockedRequests: string[] = [];
  await serveRenderer(context, blockedRequests);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });

  const tmp = mkdtempSync(join(tmpdir(), 'pacto-e2e-'));
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'pacto-userdata-'));
  const dialogs = new ScriptedDialogs();
  const settings = opts.settings ?? memorySettings();
  const opened: string[] = [];
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
  const ports: Ports = {
    files: nodeFiles,
    dialogs,
    settings,
    clock: { now: opts.now ?? (opts.fixedTime ? () => new Date(opts.fixedTime!) : () => new Date()) },
    shell: {
      openExternal: async (url) => void opened.push(url),
      showItemInFolder: (path) => void opened.push(`folder:${path}`),
    },
    pdf: new ChromiumPdfRenderer({ rendererDir: printViewDir() ?? 'out/renderer' }),
    userDataDir,
    systemLocale: opts.locale ?? 'en-US',
    version,
  };
  const handlers = createHandlers(ports);
  let closed = false;
  const session = newSession(() => {
    closed = true;
  });
  session.pendingPath = opts.pendingPath ?? null;
  const emit = async <E extends EventName>(event: E, payload: EventPayload<E>) => {
    await page.evaluate(
      ([e, p]) => (globalThis as unknown as { __pactoEmit(e: string, p: unknown): void }).__pactoEmit(e, p),
      [event, payload] as const,
    );
  };
  const ctx: HandlerContext = { session, emit: (event, payload) => void emit(event, payload) };
  // The same checks as the Electron wrapper: our page only, then validate and dispatch.
  await page.exposeBinding('__pactoInvoke', async (source, channel: unknown, payload: unknown) => {
    if (!source.frame.url().startsWith(`${ORIGIN}/`)) return fail('ipc.forbidden');
    return dispatch(handlers, String(channel), payload, ctx);
  });
  await page.addInitScript(bridgeScript(channelNames, eventNames));
  if (opts.fixedTime) await page.clock.setFixedTime(opts.fixedTime);
  await page.goto(`${ORIGIN}/index.html`);
  await page.waitForSelector('body[data-ready="true"]');
  const capture = async () => {
    await page.mouse.move(0, 0);
    await page.evaluate('document.fonts.ready.then(() => true)');
    return page.screenshot({ fullPage: false, animations: 'disabled', caret: 'hide' });
  };

  return {
    page,
    dialogs,
    session,
    settings,
    ports,
    userDataDir,
    tmp,
    blockedRequests,
    pageErrors,
    opened,
    emit,
    capture,
    async screenshot(name) {
      const path = join(ARTIFACTS_DIR, `${name}.png`);
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      writeFileSync(path, await capture());
      return path;
    },
    async close() {
      void closed;
      await context.close();
    },
  };
}

export type { StoredSettings };
