/**
 * The Electron layer's security decisions, tested as the pure functions and constants it wires in
 * (src/main/security-policy.ts), plus the static configuration: the CSP of index.html and the fuses.
 */
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import {
  APP_ORIGIN,
  fileBelow,
  isAllowedRequest,
  isAppUrl,
  isPermissionGranted,
  isTrustedSender,
  resolveAppFile,
} from '../../../src/main/security-policy';
import { isSafeExternalUrl } from '../../../src/main/platform/external-url';
import { servedFile } from '../../../src/main/export/chromium-pdf';
import { createMainWindow } from '../../../src/main/window';
import { memorySettings } from '../../../src/main/adapters/memory-settings';
import { newSession } from '../../../src/main/handlers/types';
import { fake } from '../electron/fake-electron';

// window.ts builds its window against the fake `electron` (test/unit/electron/fake-electron.ts).
vi.mock('electron', () => import('../electron/fake-electron').then((m) => m.electronModule));

describe('window', () => {
  it('isolates and sandboxes the renderer, without Node or webviews', () => {
    createMainWindow({
      preload: '/app/out/preload/preload.cjs',
      url: 'app://pacto/index.html',
      settings: memorySettings(),
      session: newSession(),
      t: () => ((key: string) => key) as never,
      onSaveThenClose: () => undefined,
      onDiscard: () => undefined,
    });
    expect(fake().windows).toHaveLength(1);
    expect(fake().windows[0]!.options.webPreferences).toEqual({
      preload: '/app/out/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it('grants no permission but full screen', () => {
    expect(isPermissionGranted('fullscreen')).toBe(true);
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', ''])
      expect(isPermissionGranted(p)).toBe(false);
  });
});

describe('content security policy of index.html', () => {
  const html = readFileSync('src/renderer/index.html', 'utf8');
  const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/g)];
  const directives = new Map(
    (metas[0]?.[1] ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );

  it('is set once, and denies by default', () => {
    expect(metas).toHaveLength(1);
    expect(directives.get('default-src')).toEqual(["'none'"]);
  });

  it('allows scripts, styles and connections only from the app itself', () => {
    for (const d of ['script-src', 'style-src', 'connect-src', 'font-src', 'worker-src'])
      expect(directives.get(d), d).toEqual(["'self'"]);
  });

  it('has no inline script, eval, remote host or wildcard anywhere', () => {
    for (const [name, sources] of directives) {
      for (const s of sources) {
        expect(s, name).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|\*|^https?:|^ws/);
      }
    }
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
  });

  it('loads no inline script', () => {
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});

describe('what counts as our own page', () => {
  it('accepts only app://pacto/…', () => {
    expect(isAppUrl(`${APP_ORIGIN}/index.html`, undefined)).toBe(true);
    for (const url of [
      'app://pacto',
      'app://pacto.evil/index.html',
      'app://pactox/index.html',
      'app://evil/pacto/',
      'file:///work/main/out/renderer/index.html',
      'https://pacto/index.html',
      'http://localhost:5173/',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
      '',
    ])
      expect(isAppUrl(url, undefined), url).toBe(false);
  });

  it('accepts the dev server only by exact origin, and only while it is set', () => {
    const dev = 'http://localhost:5173';
    expect(isAppUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAppUrl('http://localhost:51730/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173.evil.example/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173@evil.example/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', undefined)).toBe(false);
  });

  it('cancels every request that is not the app’s own files', () => {
    expect(isAllowedRequest('app://pacto/assets/index-abc.js', undefined)).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', undefined)).toBe(true);
    for (const url of [
      'https://fonts.googleapis.com/css2?family=Inter',
      'http://127.0.0.1:8080/',
      'ws://localhost:5173/',
      'file:///etc/passwd',
      'app://other/x.js',
    ])
      expect(isAllowedRequest(url, undefined), url).toBe(false);
  });

  it('answers IPC only from a frame showing our page', () => {
    expect(isTrustedSender('app://pacto/index.html')).toBe(true);
    for (const url of [
      undefined,
      '',
      'https://evil.example/',
      'file:///tmp/x.html',
      'about:blank',
      'app://x/',
    ])
      expect(isTrustedSender(url), String(url)).toBe(false);
  });
});

describe('app:// path guard', () => {
  const root = join(sep, 'opt', 'pacto', 'renderer');

  it('serves files below the renderer folder', () => {
    expect(resolveAppFile(root, 'app://pacto/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://pacto/assets/a%20b.js')).toBe(join(root, 'assets', 'a b.js'));
    // A ../ that stays inside the root is harmless.
    expect(resolveAppFile(root, 'app://pacto/assets/../index.html')).toBe(join(root, 'index.html'));
  });

  it('refuses traversal however it is spelt, other hosts and malformed requests', () => {
    for (const url of [
      'app://pacto/../../etc/passwd',
      'app://pacto/%2e%2e/%2e%2e/etc/passwd',
      'app://pacto/..%2f..%2fetc%2fpasswd',
      'app://pacto/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      'app://pacto/assets/..%2f..%2f..%2fsecret',
      'app://pacto/%2fetc%2fpasswd',
      'app://pacto/index.html%00.png',
      'app://pacto/%E0%A4%A',
      'app://pacto/',
      'app://evil/index.html',
      'file:///etc/passwd',
      'not a url',
    ]) {
      const resolved = resolveAppFile(root, url);
      if (resolved !== null) expect(resolved.startsWith(root + sep), `${url} → ${resolved}`).toBe(true);
      else expect(resolved).toBeNull();
    }
    // The URL parser already folds a literal ../ at the root: it lands inside, which is harmless.
    expect(resolveAppFile(root, 'app://pacto/../../etc/passwd')).toBe(join(root, 'etc', 'passwd'));
    expect(resolveAppFile(root, 'app://pacto/..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveAppFile(root, 'app://pacto/%2e%2e%2f%2e%2e%2fetc%2fpasswd')).toBeNull();
    expect(resolveAppFile(root, 'app://pacto/index.html%00.png')).toBeNull();
    expect(resolveAppFile(root, 'app://pacto/%E0%A4%A')).toBeNull();
    expect(resolveAppFile(root, 'app://evil/index.html')).toBeNull();
  });

  it('is the one guard of every server of the built renderer: the CLI’s PDF printer refuses the same paths', () => {
    const print = (path: string) => servedFile(root, `http://pacto.print${path}`);
    expect(print('/print.html')).toBe(join(root, 'print.html'));
    expect(print('/assets/a%20b.js')).toBe(join(root, 'assets', 'a b.js'));
    for (const path of [
      '/print.html%00.png',
      '/..%2f..%2fetc%2fpasswd',
      '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/assets/..%2f..%2f..%2fsecret',
      '/%E0%A4%A',
      '/',
    ]) {
      expect(print(path), path).toBeNull();
      expect(fileBelow(root, path), path).toBeNull();
      expect(resolveAppFile(root, `app://pacto${path}`), path).toBeNull();
    }
    // Other origins are refused before any path is looked at; a file name starting with ".." is not a parent.
    expect(servedFile(root, 'http://pacto.evil/print.html')).toBeNull();
    expect(servedFile(root, 'not a url')).toBeNull();
    expect(fileBelow(root, '/..notes.txt')).toBe(join(root, '..notes.txt'));
  });
});

describe('external links', () => {
  it('opens https links with a host', () => {
    expect(isSafeExternalUrl('https://www.example.com/sla?x=1#y')).toBe(true);
    expect(isSafeExternalUrl('HTTPS://EXAMPLE.COM')).toBe(true);
  });

  it('refuses every other scheme, credentials and junk', () => {
    for (const url of [
      'http://example.com',
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'file:///etc/passwd',
      'file://server/share/x.exe',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'search-ms:query=x',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'app://pacto/index.html',
      'https://user:pass@example.com/',
      'https://user@example.com/',
      '//example.com',
      'example.com',
      '',
    ])
      expect(isSafeExternalUrl(url), url).toBe(false);
  });
});

describe('packaging fuses (electron-builder.yml)', () => {
  const text = readFileSync('electron-builder.yml', 'utf8');
  // The fuses block: `electronFuses:` then indented `name: true|false` lines.
  const block = /^electronFuses:\n((?:[ \t]+\w+: (?:true|false)\n)+)/m.exec(text)?.[1] ?? '';
  const fuses = Object.fromEntries(
    [...block.matchAll(/(\w+): (true|false)/g)].map((m) => [m[1], m[2] === 'true']),
  );

  it('cannot run as Node, takes no NODE_OPTIONS or --inspect, loads only its integrity-checked asar', () => {
    expect(text).toMatch(/^asar: true$/m);
    expect(fuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
  });
});
