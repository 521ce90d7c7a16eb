/**
 * Files the OS hands over (double-click, a second instance, an argument) never replace the open
 * workbook by themselves: before the renderer starts they wait for `startup`; after, main only offers
 * them and opens one when the renderer answers `openFromOs` (having asked about unsaved edits —
 * test/e2e/os-open.e2e.ts drives that prompt).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/handlers';
import { offerOsOpen } from '../../../src/main/handlers/os-open';
import { newSession, type HandlerContext } from '../../../src/main/handlers/types';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { serializeWorkbook } from '../../../src/shared/workbook/document';
import { createFromTemplate } from '../../../src/shared/workbook/templates';
import { testPorts } from '../reliability/test-ports';

const NOW = new Date('2026-05-04T12:00:00Z');
let dir = '';
beforeAll(() => {
  mkdirSync(resolve('test/artifacts'), { recursive: true });
  dir = mkdtempSync(join(resolve('test/artifacts'), 'os-open-'));
});

function workbook(name: string, title: string): string {
  const doc = createFromTemplate('b2b', 'en', NOW);
  doc.meta.title = title;
  const path = join(dir, name);
  writeFileSync(path, serializeWorkbook(doc));
  return path;
}

describe('a workbook opened from the OS', () => {
  it('waits for startup when it arrives before the renderer, then is offered, never forced', async () => {
    const ports = testPorts(mkdtempSync(join(dir, 'user-')));
    const handlers = createHandlers(ports);
    const pushed: unknown[] = [];
    const ctx: HandlerContext = { session: newSession(), emit: (e, p) => void pushed.push([e, p]) };

    // Double-clicked while Pacto starts: nobody listens yet, so startup opens it.
    const first = workbook('first.pacto', 'First');
    offerOsOpen(first, ctx);
    expect(pushed).toEqual([]);
    const started = await handlers.startup({}, ctx);
    expect(started.ok && started.value.opened?.doc.meta.title).toBe('First');
    expect(ctx.session.path).toBe(first);

    // Once running: offered by name only; the open file does not change until the renderer answers.
    const second = workbook('second.pacto', 'Second');
    offerOsOpen(second, ctx);
    expect(pushed).toEqual([['file:osOpen', { fileName: 'second.pacto' }]]);
    expect(ctx.session.path).toBe(first);
    expect(await dispatch(handlers, 'openFromOs', { open: false }, ctx)).toEqual({ ok: true, value: null });
    expect(ctx.session.path).toBe(first);
    // The answer is spent: a later "yes" without a new offer opens nothing.
    expect(await dispatch(handlers, 'openFromOs', { open: true }, ctx)).toEqual({ ok: true, value: null });

    offerOsOpen(second, ctx);
    ctx.session.dirty = true;
    const opened = await handlers.openFromOs({ open: true }, ctx);
    expect(opened.ok && opened.value?.doc.meta.title).toBe('Second');
    expect(ctx.session).toMatchObject({ path: second, dirty: false, osOpenPath: null });
    expect(ports.settings.get().recent[0]).toBe(second);
  });
});
