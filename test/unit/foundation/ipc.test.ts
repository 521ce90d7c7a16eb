import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { createHandlers } from '../../../src/main/handlers';
import { newSession, type HandlerContext, type Handlers } from '../../../src/main/handlers/types';
import { channelNames, contract } from '../../../src/shared/ipc/contract';
import { nodeFiles } from '../../../src/main/adapters/node-files';
import { memorySettings } from '../../../src/main/adapters/memory-settings';
import type { DialogPort, Ports } from '../../../src/main/ports';
import { createFromTemplate } from '../../../src/shared/workbook/templates';
import { AppFailure } from '../../../src/shared/errors/result';

function setup(dialogs: Partial<DialogPort> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'pacto-ipc-'));
  const opened: string[] = [];
  const ports: Ports = {
    files: nodeFiles,
    dialogs: { openFiles: async () => null, saveFile: async () => null, ...dialogs },
    settings: memorySettings(),
    clock: { now: () => new Date('2026-11-02T10:00:00Z') },
    shell: { openExternal: async (url) => void opened.push(url), showItemInFolder: () => undefined },
    pdf: { open: () => Promise.reject(new Error('no PDF in this test')) },
    userDataDir: dir,
    systemLocale: 'es-ES',
    version: '0.0.0-test',
  };
  const ctx: HandlerContext = { session: newSession(), emit: () => undefined };
  return { dir, ports, ctx, opened, handlers: createHandlers(ports) };
}

/** Payloads that no channel accepts: wrong types, and objects with a field no channel defines. */
const MALFORMED: unknown[] = [42, 'save', [], true, { __unexpectedField: 1 }];

describe('the IPC dispatcher', () => {
  it('rejects a malformed payload on every channel without calling the handler', async () => {
    const { handlers, ctx } = setup();
    const spied = Object.fromEntries(
      channelNames.map((name) => [name, vi.fn(handlers[name] as (...a: unknown[]) => unknown)]),
    ) as unknown as Handlers;
    for (const channel of channelNames) {
      for (const payload of MALFORMED) {
        const result = await dispatch(spied, channel, payload, ctx);
        expect(result, `${channel} accepted ${JSON.stringify(payload)}`).toMatchObject({
          ok: false,
          error: { code: 'ipc.invalidInput', params: { channel } },
        });
      }
      expect(spied[channel]).not.toHaveBeenCalled();
    }
    expect(channelNames.length).toBe(Object.keys(contract).length);
  });

  it('rejects unknown channels, including names inherited from Object.prototype', async () => {
    const { handlers, ctx } = setup();
    for (const channel of [
      'deleteEverything',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      '',
    ]) {
      expect(await dispatch(handlers, channel, {}, ctx)).toMatchObject({
        ok: false,
        error: { code: 'ipc.unknownChannel' },
      });
    }
  });

  it('turns a handler failure into a translatable error instead of throwing across', async () => {
    const { handlers, ctx } = setup();
    const broken = {
      ...handlers,
      listRecent: async () => {
        throw new AppFailure('file.read', { file: 'x', detail: 'EACCES' });
      },
      getSettings: async () => {
        throw new TypeError('boom');
      },
    } as Handlers;
    expect(await dispatch(broken, 'listRecent', {}, ctx)).toEqual({
      ok: false,
      error: { code: 'file.read', params: { file: 'x', detail: 'EACCES' } },
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await dispatch(broken, 'getSettings', {}, ctx)).toMatchObject({
      ok: false,
      error: { code: 'ipc.internal', params: { detail: 'boom' } },
    });
  });

  it('opens only https links, through the shell port', async () => {
    const { handlers, ctx, opened } = setup();
    for (const url of [
      'http://example.com',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'HTTPS:',
      'app://pacto/x',
    ]) {
      expect(await dispatch(handlers, 'openExternal', { url }, ctx)).toMatchObject({
        ok: false,
        error: { code: 'link.notHttps' },
      });
    }
    expect(await dispatch(handlers, 'openExternal', { url: 'https://hubspot.com/x' }, ctx)).toEqual({
      ok: true,
      value: null,
    });
    expect(opened).toEqual(['https://hubspot.com/x']);
  });
});

describe('file handlers', () => {
  it('saves to the path main got from the dialog, then saves in place; the renderer never sends a path', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'pacto-save-')), 'plan');
    const saveFile = vi.fn(async () => target);
    const { handlers, ctx, ports } = setup({ saveFile });
    const doc = createFromTemplate('b2b', 'en', ports.clock.now());
    expect(await dispatch(handlers, 'saveWorkbook', { doc }, ctx)).toEqual({
      ok: true,
      value: { fileName: 'plan.pacto' },
    });
    expect(ctx.session.path).toBe(`${target}.pacto`);
    expect(JSON.parse(readFileSync(`${target}.pacto`, 'utf8')).id).toBe(doc.id);
    await dispatch(handlers, 'saveWorkbook', { doc }, ctx);
    expect(saveFile).toHaveBeenCalledTimes(1);
    // A path smuggled in the payload is refused by the schema.
    expect(await dispatch(handlers, 'saveWorkbook', { doc, path: '/etc/passwd' }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'ipc.invalidInput' },
    });
  });

  it('a failed open keeps the current session; a cancelled dialog is not an error', async () => {
    const { dir, ports, ctx } = setup();
    const bad = join(dir, 'bad.pacto');
    writeFileSync(bad, 'not json');
    let answer: string[] | null = [bad];
    ports.dialogs.openFiles = async () => answer;
    const handlers = createHandlers(ports);
    ctx.session.path = '/work/current.pacto';
    expect(await dispatch(handlers, 'openWorkbook', {}, ctx)).toMatchObject({
      ok: false,
      error: { code: 'file.notJson', params: { file: 'bad.pacto' } },
    });
    expect(ctx.session.path).toBe('/work/current.pacto');
    answer = null;
    expect(await dispatch(handlers, 'openWorkbook', {}, ctx)).toEqual({ ok: true, value: null });
  });

  it('lists recent files by opaque id and reopens them by id only', async () => {
    const { dir, ports, ctx } = setup();
    const path = join(dir, 'q3.pacto');
    ports.dialogs.saveFile = async () => path;
    const handlers = createHandlers(ports);
    const doc = createFromTemplate('b2b', 'es', ports.clock.now());
    await dispatch(handlers, 'saveWorkbookAs', { doc }, ctx);
    const recent = await dispatch(handlers, 'listRecent', {}, ctx);
    expect(recent.ok && recent.value).toEqual([
      { id: expect.stringMatching(/^[0-9a-f]{16}$/), name: 'q3.pacto', folder: dir },
    ]);
    const id = recent.ok ? (recent.value as { id: string }[])[0]!.id : '';
    const reopened = await dispatch(handlers, 'openRecent', { id }, ctx);
    expect(reopened.ok && (reopened.value as { doc: { id: string } }).doc.id).toBe(doc.id);
    expect(await dispatch(handlers, 'openRecent', { id: path }, ctx)).toMatchObject({ ok: false });
  });

  it('starts up with the recovery file and a file handed over by the OS', async () => {
    const { dir, ports, ctx, handlers } = setup();
    const doc = createFromTemplate('b2b', 'en', ports.clock.now());
    await dispatch(handlers, 'autosave', { doc }, ctx);
    const path = join(dir, 'double-clicked.pacto');
    ports.dialogs.saveFile = async () => path;
    await dispatch(
      createHandlers(ports),
      'saveWorkbookAs',
      { doc },
      { session: newSession(), emit: () => undefined },
    );
    await dispatch(handlers, 'autosave', { doc }, ctx); // saving discarded the recovery; autosave again

    const fresh: HandlerContext = { session: newSession(), emit: () => undefined };
    fresh.session.pendingPath = path;
    const startup = await dispatch(handlers, 'startup', {}, fresh);
    expect(startup.ok).toBe(true);
    if (!startup.ok) return;
    const value = startup.value as {
      opened: { fileName: string };
      recovery: { doc: { id: string } };
      systemLocale: string;
    };
    expect(value.opened.fileName).toBe('double-clicked.pacto');
    expect(value.recovery.doc.id).toBe(doc.id);
    expect(value.systemLocale).toBe('es-ES');
    expect(fresh.session.path).toBe(path);
  });
});
