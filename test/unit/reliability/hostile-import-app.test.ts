/**
 * The app's path for a hostile export, through the real handlers in the order the import wizard and
 * the compliance screen call them: choose the file, map it as suggested, import, measure, keep the
 * snapshot in the workbook (the same shared functions the renderer uses), autosave, save, reopen, save
 * again. Before the fix one 1900-01-01 placeholder made a 1,514-month snapshot the schema refused, so
 * Ctrl+S and autosave failed from then on.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/handlers';
import { newSession, type HandlerContext } from '../../../src/main/handlers/types';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { addSnapshot, createSnapshot } from '../../../src/shared/compliance/snapshot';
import { suggestMapping } from '../../../src/shared/import/presets';
import type { ChannelName, OutputOf } from '../../../src/shared/ipc/contract';
import type { Workbook } from '../../../src/shared/workbook/schema';
import { testPorts } from './test-ports';

const NASTY = resolve('test/fixtures/nasty');
const NOW = new Date('2026-05-04T12:00:00Z');

let dir = '';
beforeAll(() => {
  mkdirSync(resolve('test/artifacts'), { recursive: true });
  dir = mkdtempSync(join(resolve('test/artifacts'), 'hostile-app-'));
});

/** The handlers as the renderer reaches them (validated dispatch), with scripted file dialogs. */
function app() {
  const opens: string[][] = [];
  const saves: string[] = [];
  const userData = mkdtempSync(join(dir, 'user-data-')); // Electron creates it before start-up
  const ports = testPorts(userData, {
    clock: { now: () => NOW },
    dialogs: { openFiles: async () => opens.shift() ?? null, saveFile: async () => saves.shift() ?? null },
  });
  const handlers = createHandlers(ports);
  const ctx: HandlerContext = { session: newSession(), emit: () => undefined };
  const call = async <K extends ChannelName>(channel: K, input: unknown): Promise<OutputOf<K>> => {
    const r = await dispatch(handlers, channel, input, ctx);
    if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
    return r.value as OutputOf<K>;
  };
  return { call, opens, saves, ctx };
}

/** Import a fixture as the wizard does and keep its measurement as the workbook's newest snapshot. */
async function importAndMeasure(a: ReturnType<typeof app>, doc: Workbook, file: string) {
  a.opens.push([join(NASTY, file)]);
  const [source] = (await a.call('importChooseFiles', {}))!;
  const { mapping, presetId } = suggestMapping([source!.sniff!.dialect.headers], doc.stages);
  const summary = await a.call('importRun', { tokens: [source!.token], mapping, timeZone: 'UTC' });
  const result = await a.call('complianceMeasure', { importId: summary.importId, doc });
  const snapshot = createSnapshot({
    id: `snap-${doc.imports.snapshots.length + 1}`,
    now: NOW,
    files: summary.files,
    mapping,
    ...(presetId ? { preset: presetId } : {}),
    result,
  });
  const next: Workbook = {
    ...doc,
    imports: { ...doc.imports, snapshots: addSnapshot(doc.imports.snapshots, snapshot) },
  };
  return { summary, snapshot, doc: next };
}

describe('in the app, a HubSpot export with one 1900-01-01 placeholder', () => {
  it('is measured over its six real months, autosaved, saved, reopened with its snapshot and saved again', async () => {
    const a = app();
    const blank = (await a.call('newWorkbook', { template: 'b2b', lang: 'en' })).doc;
    const { summary, snapshot, doc } = await importAndMeasure(a, blank, 'placeholder-date-hubspot.csv');

    // The report names the placeholder; the contact is kept.
    expect(summary.size).toBe(38);
    const example = (column: string) => [
      { file: 'placeholder-date-hubspot.csv', row: 18, column, value: '1900-01-01' },
    ];
    expect(summary.report.implausibleDates).toEqual({
      created: { count: 1, examples: example('Create Date') },
      'stage:lead': { count: 1, examples: example('Became a Lead Date') },
    });
    const months = ['2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04'];
    for (const c of snapshot.result.clauses) expect(c.months.map((m) => m.month)).toEqual(months);

    // Autosave (crash recovery) keeps working, then Save As, then a plain save.
    await a.call('autosave', { doc });
    const path = join(dir, 'placeholder.pacto');
    a.saves.push(path);
    expect(await a.call('saveWorkbookAs', { doc })).toEqual({ fileName: 'placeholder.pacto' });
    expect(await a.call('saveWorkbook', { doc })).toEqual({ fileName: 'placeholder.pacto' });

    // Reopened: the dashboard's data is there, exactly; Ctrl+S works on the reopened document.
    a.opens.push([path]);
    const reopened = (await a.call('openWorkbook', {}))!;
    expect(reopened.doc.imports.snapshots).toEqual([snapshot]);
    expect(await a.call('saveWorkbook', { doc: reopened.doc })).toEqual({ fileName: 'placeholder.pacto' });

    // Next month's export (the same file again) adds a second snapshot and still saves and reopens.
    const again = await importAndMeasure(a, reopened.doc, 'placeholder-date-hubspot.csv');
    await a.call('saveWorkbook', { doc: again.doc });
    a.opens.push([path]);
    expect((await a.call('openWorkbook', {}))!.doc.imports.snapshots).toHaveLength(2);
  });

  it('years 9999 and 0001 are set aside: three months measured, and the workbook saves and reopens', async () => {
    const a = app();
    const blank = (await a.call('newWorkbook', { template: 'b2b', lang: 'es' })).doc;
    const { summary, snapshot, doc } = await importAndMeasure(a, blank, 'years-9999-0001.csv');
    expect(Object.values(summary.report.implausibleDates).map((d) => d?.count)).toEqual([1, 1, 1, 1]);
    for (const c of snapshot.result.clauses)
      expect(c.months.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    const path = join(dir, 'years.pacto');
    a.saves.push(path);
    await a.call('saveWorkbookAs', { doc });
    a.opens.push([path]);
    expect((await a.call('openWorkbook', {}))!.doc.imports.snapshots).toEqual([snapshot]);
  });
});
