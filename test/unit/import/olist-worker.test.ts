import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport, sniffFile } from '../../../src/main/import/run-import';
import { suggestMapping } from '../../../src/shared/import/presets';
import { textAt } from '../../../src/shared/records/record-set';
import type { ImportProgress } from '../../../src/shared/import/types';
import { defaultStages } from '../../../src/shared/workbook/blank';
import { OLIST_DEALS as DEALS, OLIST_LEADS as LEADS } from '../../fixtures/olist/paths';

const stages = defaultStages('en').map((s) => ({ id: s.id, kind: s.kind }));

/** Calendar month of an instant in São Paulo (UTC−3, or −2 in 2017–18 summer time): midnight local is 02:00–03:00 UTC, same month. */
const month = (t: number): string => new Date(t).toISOString().slice(0, 7);

describe('the Olist pair through the worker', () => {
  it('the preset finds the files’ roles and the join, whatever order they are chosen in', async () => {
    const headers = [];
    for (const p of [DEALS, LEADS]) {
      const s = await sniffFile(p);
      if (!s.ok) throw new Error(s.error.code);
      headers.push(s.value.dialect.headers);
    }
    const s = suggestMapping(headers, stages);
    expect(s.presetId).toBe('olist');
    expect(s.join).toEqual({ sourceIndex: 0, leftColumn: 'mql_id', rightColumn: 'mql_id' });
    expect(s.mapping).toEqual({
      id: '1:mql_id',
      'stage:mql': '1:first_contact_date',
      'stage:customer': '0:won_date',
      channel: '1:origin',
      owner: '0:sr_id',
    });
  });

  it('imports 8,000 MQLs with the 842 won deals joined on mql_id', async () => {
    const progress: ImportProgress[] = [];
    const r = await runImport(
      {
        sources: [{ path: LEADS }, { path: DEALS }],
        join: { sourceIndex: 1, leftColumn: 'mql_id', rightColumn: 'mql_id' },
        mapping: {
          id: '0:mql_id',
          'stage:mql': '0:first_contact_date',
          'stage:customer': '1:won_date',
          channel: '0:origin',
          owner: '1:sr_id',
        },
        timeZone: 'America/Sao_Paulo',
      },
      { onProgress: (p) => progress.push(p) },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const { records, report, files } = r.value;
    // Figures from a separate Python count over the CSVs (csv.DictReader, Counter).
    expect(records.size).toBe(8000);
    expect(report).toMatchObject({
      rowsRead: 8000,
      rowsUsed: 8000,
      join: { unmatched: 0, duplicateKeys: 0 },
    });
    const mqlByMonth = new Map<string, number>();
    for (const t of records.stageEntered.mql!) mqlByMonth.set(month(t), (mqlByMonth.get(month(t)) ?? 0) + 1);
    expect(Object.fromEntries(mqlByMonth)).toEqual({
      '2017-06': 4,
      '2017-07': 239,
      '2017-08': 386,
      '2017-09': 312,
      '2017-10': 416,
      '2017-11': 445,
      '2017-12': 200,
      '2018-01': 1141,
      '2018-02': 1028,
      '2018-03': 1174,
      '2018-04': 1352,
      '2018-05': 1303,
    });
    const won = Array.from(records.stageEntered.customer!).filter((t) => !Number.isNaN(t));
    expect(won.length).toBe(842);
    const channels = new Map<string, number>();
    for (let i = 0; i < records.size; i++) {
      const c = textAt(records.channel, i) ?? '(none)';
      channels.set(c, (channels.get(c) ?? 0) + 1);
    }
    expect(channels.get('organic_search')).toBe(2296);
    expect(channels.get('(none)')).toBe(60);
    // Lead 5420aad7… (first deal in the deals file): MQL 2018-02-21, won 2018-02-26 19:58:54 local
    // (UTC−3 after summer time ended on 2018-02-18) by SR 4ef15afb….
    const i = [...records.ids].indexOf('5420aad7fec3549a85876ba1c529bd84');
    expect(records.stageEntered.customer![i]).toBe(Date.UTC(2018, 1, 26, 22, 58, 54));
    expect(records.stageEntered.mql![i]).toBe(Date.UTC(2018, 1, 21, 3, 0));
    expect(textAt(records.owner, i)).toBe('4ef15afb4b2723d8f3d81e51ec7afefe');
    expect(records.owner!.values.length).toBe(22);
    // Latest timestamp in the data: won 2018-11-14 18:04:19, summer time (UTC−2) then.
    expect(records.asOf).toBe(Date.UTC(2018, 10, 14, 20, 4, 19));
    expect(files.map((f) => [f.name, f.rows, f.size])).toEqual([
      ['olist_marketing_qualified_leads_dataset.csv', 8000, 703836],
      ['olist_closed_deals_dataset.csv', 842, 171352],
    ]);
    expect(progress.at(-1)?.phase).toBe('finish');
  });
});

describe('scale: a million-row HubSpot-style export', () => {
  let dir = '';
  let big = '';
  const N = 1_000_000;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pacto-import-'));
    big = join(dir, 'hubspot-crm-exports-all-contacts-2026-02-10.csv');
    const out = createWriteStream(big);
    const owners = ['Laura Gil', 'Marc Soler', 'Nuria Peña', 'Jordi Vidal'];
    let chunk =
      '"Record ID","Create Date","Contact owner","Original Source","Became a Marketing Qualified Lead Date","Amount"\n';
    for (let i = 0; i < N; i++) {
      // Every 3rd record has an MQL date; day-of-month cycles 1..28 in Jan 2026 / Feb 2026.
      const d = String((i % 28) + 1).padStart(2, '0');
      const mql = i % 3 === 0 ? `2026-02-${d} 10:00` : '';
      chunk += `"${100000000000 + i}","2026-01-${d} 09:30","${owners[i % 4]}","Organic Search","${mql}","${i % 10}"\n`;
      if (chunk.length > 1 << 20) {
        if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
        chunk = '';
      }
    }
    await new Promise<void>((r) => out.end(chunk, () => r()));
  }, 120_000);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('imports all of it in the worker, reporting progress', async () => {
    const progress: ImportProgress[] = [];
    const r = await runImport(
      {
        sources: [{ path: big }],
        mapping: {
          id: 'Record ID',
          created: 'Create Date',
          owner: 'Contact owner',
          'stage:mql': 'Became a Marketing Qualified Lead Date',
          amount: 'Amount',
        },
        timeZone: 'Europe/Madrid',
      },
      { onProgress: (p) => progress.push(p) },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const { records } = r.value;
    expect(records.size).toBe(N);
    expect(records.ids.at(N - 1)).toBe(String(100000000000 + N - 1));
    // ceil(N/3) records have an MQL date; amounts i % 10 sum to 4.5 per record.
    expect(Array.from(records.stageEntered.mql!).filter((t) => !Number.isNaN(t)).length).toBe(
      Math.ceil(N / 3),
    );
    expect(records.amount!.reduce((a, b) => a + b, 0)).toBe(4.5 * N);
    expect(records.owner!.values).toEqual(['Laura Gil', 'Marc Soler', 'Nuria Peña', 'Jordi Vidal']);
    expect(records.created![27]).toBe(Date.UTC(2026, 0, 28, 8, 30));
    const reads = progress.filter((p) => p.phase === 'read');
    expect(reads.length).toBeGreaterThan(1);
    expect(reads.at(-1)!.rows).toBeGreaterThan(reads[0]!.rows);
  }, 120_000);

  it('cancels without returning records', async () => {
    const ctrl = new AbortController();
    const r = await runImport(
      {
        sources: [{ path: big }],
        mapping: { id: 'Record ID', created: 'Create Date' },
        timeZone: 'Europe/Madrid',
      },
      { onProgress: (p) => p.rows > 50_000 && ctrl.abort(), signal: ctrl.signal },
    );
    expect(r).toEqual({ ok: false, error: { code: 'import:errors.cancelled' } });
  }, 120_000);
});
