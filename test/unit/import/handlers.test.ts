import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createImportHandlers } from '../../../src/main/handlers/import';
import { newSession, type HandlerContext } from '../../../src/main/handlers/types';
import { acceptDroppedPaths, importedRecords } from '../../../src/main/import/session-imports';
import { memorySettings } from '../../../src/main/adapters/memory-settings';
import { nodeFiles } from '../../../src/main/adapters/node-files';
import type { Ports } from '../../../src/main/ports';
import { fail } from '../../../src/shared/errors/result';
import type { ImportProgress, ImportRequest } from '../../../src/shared/import/types';
import { OLIST_DEALS, OLIST_DIR, OLIST_LEADS } from '../../fixtures/olist/paths';

const FIX = resolve('test/fixtures/csv');

function setup(answers: (string[] | null)[], runner?: Parameters<typeof createImportHandlers>[1]) {
  const ports: Ports = {
    files: nodeFiles,
    dialogs: { openFiles: async () => answers.shift() ?? null, saveFile: async () => null },
    settings: memorySettings(),
    clock: { now: () => new Date('2026-02-10T10:00:00Z') },
    shell: { openExternal: async () => undefined, showItemInFolder: () => undefined },
    pdf: { open: () => Promise.reject(new Error('no PDF in this test')) },
    userDataDir: '/tmp',
    systemLocale: 'en-US',
    version: '0',
  };
  const events: ImportProgress[] = [];
  const session = newSession();
  const ctx: HandlerContext = { session, emit: (_e, p) => void events.push(p as ImportProgress) };
  return { h: createImportHandlers(ports, runner), ctx, session, events };
}

describe('import handlers', () => {
  it('grant tokens for chosen files, import by token and keep the records in main', async () => {
    const { h, ctx, session, events } = setup([[OLIST_LEADS, OLIST_DEALS]]);
    const chosen = await h.importChooseFiles({}, ctx);
    if (!chosen.ok || !chosen.value) throw new Error('no files');
    expect(chosen.value.map((s) => [s.name, s.sniff?.dialect.headers.length, s.error])).toEqual([
      ['olist_marketing_qualified_leads_dataset.csv', 4, null],
      ['olist_closed_deals_dataset.csv', 14, null],
    ]);
    // The renderer holds tokens, never paths.
    expect(JSON.stringify(chosen.value)).not.toContain(OLIST_DIR);
    const run = await h.importRun(
      {
        tokens: chosen.value.map((s) => s.token),
        join: { sourceIndex: 1, leftColumn: 'mql_id', rightColumn: 'mql_id' },
        mapping: { id: '0:mql_id', 'stage:mql': '0:first_contact_date', 'stage:customer': '1:won_date' },
        timeZone: 'America/Sao_Paulo',
      },
      ctx,
    );
    if (!run.ok) throw new Error(JSON.stringify(run.error));
    expect(run.value.size).toBe(8000);
    expect(run.value.asOf).toBe('2018-11-14T20:04:19.000Z');
    expect(importedRecords(session, run.value.importId)?.records.size).toBe(8000);
    expect(importedRecords(session, 'another')).toBeUndefined();
    expect(events.at(-1)?.phase).toBe('finish');
  });

  it('refuses tokens it never granted (a made-up path cannot be imported)', async () => {
    const { h, ctx } = setup([]);
    const r = await h.importRun({ tokens: ['/etc/passwd'], mapping: { id: 'x' }, timeZone: 'UTC' }, ctx);
    expect(r).toEqual({ ok: false, error: { code: 'import:errors.badSource', params: { index: 0 } } });
    expect(await h.importChooseFiles({}, ctx)).toEqual({ ok: true, value: null });
  });

  it('reports an unreadable file per file, and hands dropped files over once', async () => {
    const { h, ctx, session } = setup([]);
    acceptDroppedPaths(session, [resolve(FIX, 'deals.xlsx'), resolve(FIX, 'salesforce-report.csv')]);
    const taken = await h.importTakeDropped({}, ctx);
    if (!taken.ok) throw new Error('take failed');
    expect(
      taken.value.map((s) => [s.name, s.error?.code ?? null, s.sniff?.dialect.headers[0] ?? null]),
    ).toEqual([
      ['deals.xlsx', 'import:errors.xlsxUnreadable', null],
      ['salesforce-report.csv', null, 'Opportunity ID'],
    ]);
    expect(await h.importTakeDropped({}, ctx)).toEqual({ ok: true, value: [] });
  });

  it('cancel aborts the running import', async () => {
    let seen: ImportRequest | undefined;
    const runner = (req: ImportRequest, opts: { signal?: AbortSignal } = {}) => {
      seen = req;
      return new Promise<ReturnType<typeof fail>>((done) =>
        opts.signal?.addEventListener('abort', () => done(fail('import:errors.cancelled'))),
      );
    };
    const { h, ctx } = setup([[resolve(FIX, 'hubspot-contacts-en.csv')]], runner);
    const chosen = await h.importChooseFiles({}, ctx);
    if (!chosen.ok || !chosen.value) throw new Error('no files');
    const running = h.importRun(
      { tokens: [chosen.value[0]!.token], mapping: { id: 'Record ID' }, timeZone: 'UTC' },
      ctx,
    );
    await h.importCancel({}, ctx);
    expect(await running).toEqual({ ok: false, error: { code: 'import:errors.cancelled' } });
    expect(seen?.sources[0]?.path).toBe(resolve(FIX, 'hubspot-contacts-en.csv'));
  });
});
