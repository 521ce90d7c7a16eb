/**
 * The IPC boundary, for every channel of the contract (new slices are picked up automatically):
 * unknown channels, malformed payloads and foreign senders are refused before any handler runs, and
 * no payload the renderer can send makes main read or write a file it did not get from a dialog,
 * the recent list or a drop.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { channelNames, contract, type ChannelName } from '../../../src/shared/ipc/contract';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { guardedDispatch } from '../../../src/main/ipc/guarded-dispatch';
import { createHandlers } from '../../../src/main/handlers';
import { recentId } from '../../../src/main/handlers/files';
import { newSession, type HandlerContext, type Handlers } from '../../../src/main/handlers/types';
import { nodeFiles } from '../../../src/main/adapters/node-files';
import { memorySettings } from '../../../src/main/adapters/memory-settings';
import type { FilePort } from '../../../src/main/ports';
import { serializeWorkbook } from '../../../src/shared/workbook/document';
import { createFromTemplate } from '../../../src/shared/workbook/templates';
import type { Result } from '../../../src/shared/errors/result';
import { testPorts } from './test-ports';

/** Handlers that only record that they ran: the boundary must decide before any of them is called. */
function spyHandlers(): { handlers: Handlers; calls: string[] } {
  const calls: string[] = [];
  const handlers = Object.fromEntries(
    channelNames.map((name) => [
      name,
      async () => {
        calls.push(name);
        return { ok: true, value: null };
      },
    ]),
  ) as unknown as Handlers;
  return { handlers, calls };
}

const ctx = (): HandlerContext => ({ session: newSession(), emit: () => undefined });

describe('unknown channels', () => {
  it('are refused by name, including Object.prototype members', async () => {
    const { handlers, calls } = spyHandlers();
    for (const name of [
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'valueOf',
      '',
      'saveworkbook',
      'saveWorkbook ',
      'eval',
    ]) {
      const r = await dispatch(handlers, name, {}, ctx());
      expect(r, name).toMatchObject({ ok: false, error: { code: 'ipc.unknownChannel' } });
    }
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 80 }), async (name) => {
        fc.pre(!(channelNames as string[]).includes(name));
        const r = await dispatch(handlers, name, {}, ctx());
        expect(r.ok).toBe(false);
        if (!r.ok) expect(String(r.error.params?.channel).length).toBeLessThanOrEqual(64);
      }),
      { seed: 7, numRuns: 300 },
    );
    expect(calls).toEqual([]);
  });
});

describe('malformed payloads', () => {
  it.each(channelNames)(
    '%s: any value is either refused as invalid input or validated before the handler',
    async (name) => {
      const { handlers, calls } = spyHandlers();
      const schema = contract[name].input as z.ZodType;
      await fc.assert(
        fc.asyncProperty(
          fc.anything({
            withObjectString: true,
            withNullPrototype: true,
            withMap: true,
            withSet: true,
            withBigInt: true,
            withDate: true,
            withTypedArray: true,
            withSparseArray: true,
          }),
          async (payload) => {
            const before = calls.length;
            const r = await dispatch(handlers, name, payload, ctx());
            const valid = schema.safeParse(payload ?? {}).success;
            if (valid) expect(calls.length).toBe(before + 1);
            else {
              expect(r).toMatchObject({
                ok: false,
                error: { code: 'ipc.invalidInput', params: { channel: name } },
              });
              expect(calls.length).toBe(before);
            }
          },
        ),
        { seed: 11, numRuns: 150 },
      );
    },
  );

  it('refuses extra keys on strict inputs, and never lets __proto__ through', async () => {
    const { handlers, calls } = spyHandlers();
    const evil = JSON.parse('{"__proto__": {"polluted": true}, "dirty": true}') as unknown;
    const r = await dispatch(handlers, 'setDirty', evil, ctx());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (r.ok) expect(calls).toEqual(['setDirty']);
    const extra = await dispatch(handlers, 'setDirty', { dirty: true, path: '/etc/passwd' }, ctx());
    expect(extra).toMatchObject({ ok: false, error: { code: 'ipc.invalidInput' } });
  });
});

describe('foreign senders', () => {
  const foreign = [
    undefined,
    '',
    'https://evil.example/',
    'file:///tmp/evil.html',
    'about:blank',
    'app://evil/index.html',
    'app://pacto.evil/',
  ];

  it.each(channelNames)(
    '%s: refused for a frame that is not our page, and for a window that is not ours',
    async (name) => {
      const { handlers, calls } = spyHandlers();
      for (const url of foreign) {
        const r = await guardedDispatch(handlers, name, {}, ctx(), url);
        expect(r, String(url)).toEqual({ ok: false, error: { code: 'ipc.forbidden' } });
      }
      const noWindow = await guardedDispatch(handlers, name, {}, undefined, 'app://pacto/index.html');
      expect(noWindow).toEqual({ ok: false, error: { code: 'ipc.forbidden' } });
      expect(calls).toEqual([]);
      // Our own page gets through to validation.
      const own = await guardedDispatch(handlers, name, {}, ctx(), 'app://pacto/index.html');
      expect(own.ok || own.error.code !== 'ipc.forbidden').toBe(true);
    },
  );
});

/** Walks a JSON schema and yields every property name it defines. */
function* propertyNames(node: unknown): Generator<string> {
  if (Array.isArray(node)) for (const n of node) yield* propertyNames(n);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.properties && typeof o.properties === 'object') yield* Object.keys(o.properties);
    for (const v of Object.values(o)) yield* propertyNames(v);
  }
}

const inputSchema = (name: ChannelName) =>
  z.toJSONSchema(contract[name].input as z.ZodType, { io: 'input', unrepresentable: 'any' });

const PATH_WORDS = new Set([
  'path',
  'paths',
  'file',
  'files',
  'filename',
  'dir',
  'dirs',
  'directory',
  'folder',
  'location',
  'url',
]);
/** Fields that carry a URL on purpose, each checked elsewhere. */
const ALLOWED = new Set(['openExternal.url' /* https only, opened by the OS browser: isSafeExternalUrl */]);

describe('the renderer never names a file', () => {
  it('no channel input has a field for a path, file, folder or URL to load', () => {
    const offenders: string[] = [];
    for (const name of channelNames) {
      for (const prop of propertyNames(inputSchema(name))) {
        const words = prop.split(/(?=[A-Z])|[_\W]+/).map((w) => w.toLowerCase());
        if (words.some((w) => PATH_WORDS.has(w))) offenders.push(`${name}.${prop}`);
      }
    }
    expect(offenders.filter((o) => !ALLOWED.has(o))).toEqual([]);
  });
});

describe('hostile paths in every field of every channel', () => {
  let root: string;
  let inside: string;
  let outside: string;
  const SENTINEL = 'SENTINEL-7f3a-do-not-leak';

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'pacto-ipc-'));
    inside = join(root, 'inside');
    outside = join(root, 'outside');
    mkdirSync(inside);
    mkdirSync(join(root, 'userData'));
    mkdirSync(outside);
    const victim = createFromTemplate('blank', 'en', new Date('2026-01-05T09:00:00Z'));
    victim.meta.title = SENTINEL;
    writeFileSync(join(outside, 'victim.pacto'), serializeWorkbook(victim));
    writeFileSync(join(outside, 'victim.csv'), `id,name\n1,${SENTINEL}\n`);
    const chosen = createFromTemplate('blank', 'en', new Date('2026-01-05T09:00:00Z'));
    writeFileSync(join(inside, 'chosen.pacto'), serializeWorkbook(chosen));
    writeFileSync(join(inside, 'chosen.csv'), 'lead_id,created\nA1,2026-01-05\nA2,2026-01-06\n');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** Builds a payload from the channel's JSON schema, every string being `hostile`. */
  function payloadFor(schema: unknown, hostile: string, key = ''): unknown {
    const s = (schema ?? {}) as Record<string, unknown>;
    if (key === 'doc') {
      const doc = createFromTemplate('b2b', 'en', new Date('2026-01-05T09:00:00Z'));
      doc.meta.title = hostile.slice(0, 200);
      doc.notes = hostile;
      return doc;
    }
    if ('const' in s) return s.const;
    if (Array.isArray(s.enum)) return s.enum[0];
    const options = (s.anyOf ?? s.oneOf) as unknown[] | undefined;
    if (options?.length)
      return payloadFor(
        options.find((o) => (o as { type?: string }).type !== 'null') ?? options[0],
        hostile,
        key,
      );
    switch (s.type) {
      case 'object': {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries((s.properties ?? {}) as Record<string, unknown>))
          out[k] = payloadFor(v, hostile, k);
        if (s.additionalProperties && typeof s.additionalProperties === 'object')
          out[hostile.slice(0, 64)] = payloadFor(s.additionalProperties, hostile);
        return out;
      }
      case 'array':
        return Array.from({ length: Math.max(1, Number(s.minItems ?? 1)) }, () =>
          payloadFor(s.items, hostile),
        );
      case 'string':
        return typeof s.maxLength === 'number' ? hostile.slice(0, s.maxLength) : hostile;
      case 'integer':
      case 'number':
        return typeof s.minimum === 'number' ? s.minimum : 0;
      case 'boolean':
        return true;
      default:
        return hostile;
    }
  }

  it('touches no file outside what the dialogs handed over, and leaks none', async () => {
    const touched: string[] = [];
    const spy = Object.fromEntries(
      Object.entries(nodeFiles).map(([k, fn]) => [
        k,
        (...args: unknown[]) => {
          // Every method takes a path first; rename and copyFile take a second one (the others, data).
          const paths = k === 'rename' || k === 'copyFile' ? args.slice(0, 2) : args.slice(0, 1);
          for (const a of paths) touched.push(resolve(String(a)));
          return (fn as (...a: unknown[]) => unknown)(...args);
        },
      ]),
    ) as unknown as FilePort;
    const victims = ['victim.pacto', 'victim.csv'].map((f) => join(outside, f));
    const hostile = [
      victims[0]!,
      victims[1]!,
      '/etc/passwd',
      '..\\..\\..\\windows\\win.ini',
      `${'../'.repeat(12)}etc/passwd`,
      `file://${victims[0]}`,
      `../outside/victim.pacto`,
      recentId(victims[0]!), // the token a page could compute for a path it guesses
      'C:\\Windows\\System32\\drivers\\etc\\hosts',
      '\\\\server\\share\\x.pacto',
    ];
    const before = victims.map((v) => statSync(v).mtimeMs);
    const settings = memorySettings({ recent: [join(inside, 'chosen.pacto')] });
    const ports = testPorts(join(root, 'userData'), {
      files: spy,
      settings,
      dialogs: {
        openFiles: async (o) => [
          join(inside, o.filters.some((f) => f.extensions.includes('pacto')) ? 'chosen.pacto' : 'chosen.csv'),
        ],
        saveFile: async (o) => join(inside, `saved-${o.defaultName.replace(/[^\w.]/g, '_')}`),
      },
      shell: { openExternal: async () => undefined, showItemInFolder: (p) => void touched.push(resolve(p)) },
    });
    const handlers = createHandlers(ports);
    const results: Result<unknown>[] = [];
    const session = newSession();
    const context: HandlerContext = { session, emit: () => undefined };
    for (const name of channelNames) {
      // exportPdf prints through a browser: once is enough to prove where it writes.
      const strings = name === 'exportPdf' ? hostile.slice(0, 1) : hostile;
      for (const h of strings) {
        const payload = payloadFor(inputSchema(name), h);
        results.push(await dispatch(handlers, name, payload, context));
        for (const p of [session.path, ...session.grantedPaths.values()]) if (p) touched.push(resolve(p));
      }
    }
    const allowed = [join(inside, ''), join(root, 'userData', '')].map(
      (d) => d + (d.endsWith(sep) ? '' : sep),
    );
    // The allowed folders themselves may be listed (a save clears its own stale temp files there).
    const strays = [...new Set(touched)].filter(
      (p) => !allowed.some((a) => p.startsWith(a) || `${p}${sep}` === a),
    );
    expect(strays).toEqual([]);
    expect(victims.map((v) => statSync(v).mtimeMs)).toEqual(before);
    expect(readdirSync(outside).sort()).toEqual(['victim.csv', 'victim.pacto']);
    expect(JSON.stringify(results)).not.toContain(SENTINEL);
    expect(readFileSync(victims[1]!, 'utf8')).toContain(SENTINEL);
  }, 120_000);
});
