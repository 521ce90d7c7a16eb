import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/main/import/import-files';
import { sniffFile } from '../../../src/main/import/run-import';
import { suggestMapping, type StageRef } from '../../../src/shared/import/presets';
import { textAt } from '../../../src/shared/records/record-set';
import type { FieldMapping, ImportRequest } from '../../../src/shared/import/types';
import { defaultStages } from '../../../src/shared/workbook/blank';
import { createI18n, errorMessage } from '../../../src/shared/i18n';

const dir = new URL('../../fixtures/csv/', import.meta.url).pathname;
const STAGES: StageRef[] = defaultStages('en').map((s) => ({ id: s.id, kind: s.kind }));
const MADRID = 'Europe/Madrid';
const utc = Date.UTC;

async function headersOf(...files: string[]): Promise<string[][]> {
  const out: string[][] = [];
  for (const f of files) {
    const s = await sniffFile(dir + f);
    if (!s.ok) throw new Error(JSON.stringify(s.error));
    out.push(s.value.dialect.headers);
  }
  return out;
}

async function run(files: string[], mapping: FieldMapping, extra: Partial<ImportRequest> = {}) {
  const r = await importFiles(
    { sources: files.map((f) => ({ path: dir + f })), mapping, timeZone: MADRID, ...extra },
    { now: () => Date.parse('2026-05-04T12:00:00Z') },
  );
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('HubSpot exports', () => {
  it('English legacy headers: preset, ids as text, dates in the export zone, bad values reported', async () => {
    const s = suggestMapping(await headersOf('hubspot-contacts-en.csv'), STAGES);
    expect(s.presetId).toBe('hubspot');
    expect(s.mapping).toEqual({
      id: '0:Record ID',
      created: '0:Create Date',
      firstTouch: '0:First outreach date',
      owner: '0:Contact owner',
      channel: '0:Original Source',
      status: '0:Lead Status',
      currentStage: '0:Lifecycle Stage',
      'stage:lead': '0:Became a Lead Date',
      'stage:mql': '0:Became a Marketing Qualified Lead Date',
      'stage:sql': '0:Became a Sales Qualified Lead Date',
      'stage:customer': '0:Became a Customer Date',
    });
    const { records: r, report, files } = await run(['hubspot-contacts-en.csv'], s.mapping);
    expect(r.size).toBe(5);
    expect([...r.ids]).toEqual([
      '101234567890',
      '101234567891',
      '101234567892',
      '101234567893',
      '001234567894',
    ]);
    // Madrid is UTC+1 in winter, +2 from 2026-03-29 02:00.
    expect(r.created![0]).toBe(utc(2026, 0, 20, 13, 55));
    expect(r.created![3]).toBe(utc(2026, 2, 29, 0, 30));
    expect(r.stageEntered.mql![4]).toBe(utc(2026, 6, 1, 10, 0));
    expect(r.stageEntered.customer![0]).toBe(utc(2026, 1, 10, 15, 30));
    expect(Number.isNaN(r.stageEntered.sql![1]!)).toBe(true);
    expect(r.firstTouch![2]).toBe(utc(2026, 1, 4, 14, 30));
    expect(textAt(r.owner, 3)).toBeUndefined();
    expect(r.owner!.values).toEqual(['Laura Gil', 'Marc Soler']);
    expect(textAt(r.channel, 2)).toBe('Referrals');
    expect(r.asOf).toBe(utc(2026, 6, 1, 10, 0));
    expect(report.unparsed.firstTouch).toEqual({
      count: 1,
      examples: [
        { file: 'hubspot-contacts-en.csv', row: 6, column: 'First outreach date', value: 'not yet' },
      ],
    });
    expect(report.unmappedColumns).toEqual([
      { file: 'hubspot-contacts-en.csv', columns: ['First Name', 'Last Name'] },
    ]);
    expect(files[0]).toMatchObject({ name: 'hubspot-contacts-en.csv', rows: 5, size: 1098 });
    expect(files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('newer "Date entered" headers map to the same stages', async () => {
    const s = suggestMapping(await headersOf('hubspot-contacts-v2.csv'), STAGES);
    expect(s.presetId).toBe('hubspot');
    expect(s.mapping['stage:mql']).toBe(
      '0:Date entered "Marketing Qualified Lead (Lifecycle Stage Pipeline)"',
    );
    expect(s.mapping.channel).toBe('0:Original Traffic Source');
    const { records: r } = await run(['hubspot-contacts-v2.csv'], s.mapping);
    expect(r.stageEntered.mql![0]).toBe(utc(2025, 10, 4, 8, 30));
    expect(r.stageEntered.sql![0]).toBe(utc(2025, 10, 5, 9, 0));
    expect(Number.isNaN(r.stageEntered.customer![1]!)).toBe(true);
  });

  it('Spanish headers use the Spanish preset', async () => {
    const s = suggestMapping(await headersOf('hubspot-contactos-es.csv'), STAGES);
    expect(s.presetId).toBe('hubspot-es');
    expect(s.mapping).toMatchObject({
      id: '0:ID de registro',
      created: '0:Fecha de creación',
      owner: '0:Propietario del contacto',
      channel: '0:Fuente original',
      status: '0:Estado del lead',
      amount: '0:Importe',
      'stage:mql': '0:Fecha en que se convirtió en lead calificado por marketing',
      'stage:customer': '0:Fecha en que se convirtió en cliente',
    });
    const { records: r } = await run(['hubspot-contactos-es.csv'], s.mapping);
    expect([...r.ids]).toEqual(['301000000001', '301000000002', '301000000003']);
    expect(r.stageEntered.customer![0]).toBe(utc(2026, 1, 20, 17, 0));
    expect(r.channel!.values).toEqual(['Búsqueda orgánica', 'Redes sociales de pago', 'Tráfico directo']);
    expect(r.amount![0]).toBe(12500);
    expect(Number.isNaN(r.amount![1]!)).toBe(true);
  });

  it('warns about mojibake', async () => {
    const { report } = await run(['hubspot-deals-mojibake.csv'], { id: 'Record ID' });
    expect(report.mojibake?.value).toBe('O‚ÄôConnor');
  });
});

describe('Excel re-saves (Spain)', () => {
  it('UTF-8 BOM, semicolons, CRLF, d/m/y dates and decimal commas', async () => {
    const sniff = await sniffFile(dir + 'excel-es-bom-crlf.csv');
    expect(sniff.ok && sniff.value.dialect).toMatchObject({
      encoding: 'utf-8',
      bomLength: 3,
      delimiter: ';',
      lineEnding: 'crlf',
    });
    const { records: r, report } = await run(['excel-es-bom-crlf.csv'], {
      id: 'Id',
      created: 'Fecha alta',
      'stage:mql': 'Fecha MQL',
      owner: 'Comercial',
      channel: 'Canal',
      amount: 'Importe',
    });
    expect([...r.ids]).toEqual(['7001', '7002', '7003', '7004']);
    expect(r.created![0]).toBe(utc(2026, 1, 3, 8, 5));
    expect(r.created![2]).toBe(utc(2026, 1, 28, 23, 0)); // 1 March 00:00 CET
    expect(r.created![3]).toBe(utc(2026, 2, 31, 21, 59)); // CEST
    expect(r.stageEntered.mql![1]).toBe(utc(2026, 1, 15, 7, 0));
    expect(Number.isNaN(r.stageEntered.mql![2]!)).toBe(true);
    expect(textAt(r.channel, 0)).toBe('Ferias; eventos');
    expect(Array.from(r.amount!)).toEqual([1234.5, 32000, NaN, -75.25]);
    expect(report.dateOrders).toEqual({ '0:Fecha alta': 'dmy', '0:Fecha MQL': 'dmy' });
    expect(report.unparsed).toEqual({});
  });

  it('Windows-1252 with dd-mm-yyyy', async () => {
    const sniff = await sniffFile(dir + 'excel-es-cp1252.csv');
    expect(sniff.ok && sniff.value.dialect.encoding).toBe('windows-1252');
    expect(sniff.ok && sniff.value.dialect.headers[0]).toBe('Código');
    const { records: r, report } = await run(['excel-es-cp1252.csv'], {
      id: 'Código',
      created: 'Creado',
      owner: 'Propietario',
      channel: 'Origen',
      amount: 'Importe',
    });
    expect(r.owner!.values).toEqual(['Nuria Peña', 'José Fernández', 'Ángela Muñoz']);
    expect(r.channel!.values).toEqual(['Búsqueda', 'Señalización']);
    expect(r.created![1]).toBe(utc(2026, 2, 5, 7, 15));
    expect(Array.from(r.amount!)).toEqual([1500, 250.5, NaN]);
    expect(report.invalidBytes).toBe(0);
    expect(report.mojibake).toBeUndefined();
  });

  it('UTF-16LE tab-separated (Excel “Unicode text”) with 19-digit Zoho ids', async () => {
    const s = suggestMapping(await headersOf('zoho-leads-utf16.txt'), STAGES);
    expect(s.presetId).toBe('zoho');
    const { records: r } = await run(['zoho-leads-utf16.txt'], s.mapping);
    expect([...r.ids]).toEqual(['3152079000000153079', '3152079000000153080']);
    expect(textAt(r.owner, 0)).toBe('Nuria Peña');
    expect(r.created![1]).toBe(utc(2026, 0, 16, 9, 30));
  });
});

describe('messy files', () => {
  it('quoted newlines, ragged, empty, id-less and duplicate rows, unreadable values', async () => {
    const { records: r, report } = await run(['quoted-ragged.csv'], {
      id: 'id',
      created: 'created',
      owner: 'owner',
      amount: 'amount',
    });
    expect([...r.ids]).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(report.rowsRead).toBe(10);
    expect(report.rowsUsed).toBe(6);
    expect(report.skipped.empty?.count).toBe(2);
    expect(report.skipped.empty?.examples.map((e) => e.row)).toEqual([4, 9]);
    expect(report.skipped.missingId).toMatchObject({ count: 1, examples: [{ row: 6, column: 'id' }] });
    expect(report.skipped.duplicateId).toMatchObject({
      count: 1,
      examples: [{ row: 8, column: 'id', value: '2' }],
    });
    expect(report.duplicateIds.count).toBe(1);
    expect(report.raggedRows.count).toBe(2);
    expect(report.raggedRows.examples.map((e) => e.row)).toEqual([5, 7]);
    expect(report.unparsed.created?.examples.map((e) => [e.row, e.value])).toEqual([
      [10, 'yesterday'],
      [11, '2026-02-30'],
    ]);
    expect(report.unparsed.amount?.examples.map((e) => [e.row, e.value])).toEqual([[10, 'lots']]);
    expect(Array.from(r.amount!)).toEqual([1000, NaN, NaN, 7, NaN, 1]);
    expect(report.unmappedColumns[0]!.columns).toEqual(['notes']);
  });

  it('drops Salesforce report footers and reads US dates and $ amounts', async () => {
    const s = suggestMapping(await headersOf('salesforce-report.csv'), STAGES);
    expect(s.presetId).toBe('salesforce');
    expect(s.mapping).toMatchObject({
      id: '0:Opportunity ID',
      owner: '0:Opportunity Owner',
      channel: '0:Lead Source',
      status: '0:Stage',
      amount: '0:Amount',
      created: '0:Created Date',
    });
    const { records: r, report } = await run(['salesforce-report.csv'], s.mapping);
    expect([...r.ids]).toEqual(['0065g00000AbCdE', '0065g00000AbCdF', '0065g00000AbCdG']);
    expect(report.skipped.footer?.count).toBe(3);
    expect(report.skipped.footer?.examples[0]?.value).toBe('Grand Totals (3 records)');
    expect(report.skipped.empty).toBeUndefined();
    expect(report.dateOrders).toEqual({ '0:Created Date': 'mdy' });
    expect(r.created![0]).toBe(utc(2026, 1, 12, 23, 0));
    expect(Array.from(r.amount!)).toEqual([12500, 177000, NaN]);
  });

  it('skips a title above the header (pipe-delimited Pipedrive)', async () => {
    const s = suggestMapping(await headersOf('pipedrive-deals-pipe.csv'), STAGES);
    expect(s.presetId).toBe('pipedrive');
    const { records: r, report } = await run(['pipedrive-deals-pipe.csv'], s.mapping);
    expect([...r.ids]).toEqual(['41', '42']);
    expect(Array.from(r.amount!)).toEqual([4200, 900]);
    expect(r.stageEntered.customer![0]).toBe(utc(2026, 1, 1, 11, 0));
    expect(report.rowsRead).toBe(2);
  });
});

describe('ambiguous dates', () => {
  const mapping = { id: 'lead_id', 'stage:mql': 'mql_date' };
  it('are flagged by the sniffer and must be answered', async () => {
    const sniff = await sniffFile(dir + 'ambiguous-dates.csv');
    expect(sniff.ok && sniff.value.ambiguousDateColumns).toEqual(['mql_date']);
    const r = await importFiles({
      sources: [{ path: dir + 'ambiguous-dates.csv' }],
      mapping,
      timeZone: MADRID,
    });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'import:errors.dateOrderNeeded',
        params: { file: 'ambiguous-dates.csv', column: 'mql_date' },
      },
    });
    const en = createI18n('en');
    expect(errorMessage(en.t, r.ok ? { code: '' } : r.error)).toBe(
      'In “ambiguous-dates.csv”, column “mql_date”, every date reads both as day/month and as month/day. Say which order the export uses.',
    );
  });
  it('follow the answer', async () => {
    const dmy = await run(['ambiguous-dates.csv'], mapping, { dateOrder: { '0:mql_date': 'dmy' } });
    expect(dmy.records.stageEntered.mql![0]).toBe(utc(2026, 3, 2, 22, 0)); // 3 April, CEST
    expect(dmy.records.stageEntered.mql![2]).toBe(utc(2026, 10, 12, 13, 0)); // 12 November 14:00 CET
    const mdy = await run(['ambiguous-dates.csv'], mapping, { dateOrder: { '0:mql_date': 'mdy' } });
    expect(mdy.records.stageEntered.mql![0]).toBe(utc(2026, 2, 3, 23, 0)); // 4 March, CET
  });
});

describe('refusals', () => {
  const code = async (file: string, extra: Partial<ImportRequest> = {}) => {
    const r = await importFiles({
      sources: [{ path: dir + file }],
      mapping: { id: 'Record ID' },
      timeZone: MADRID,
      ...extra,
    });
    return r.ok ? 'ok' : r.error.code;
  };
  it('files that are not CSV get a clear error', async () => {
    expect(await code('not-a-csv.png')).toBe('import:errors.binary');
    expect(await code('deals.xlsx')).toBe('import:errors.xlsxUnreadable');
    expect(await code('export.json.csv')).toBe('import:errors.notCsv');
    expect(await code('does-not-exist.csv')).toBe('import:errors.read');
    const es = createI18n('es');
    expect(
      errorMessage(es.t, {
        code: 'import:errors.xlsxUnreadable',
        params: { file: 'deals.xlsx', detail: 'x' },
      }),
    ).toContain('«deals.xlsx» es un archivo comprimido, pero no un libro de Excel');
  });
  it('limits refuse oversized files instead of running out of memory', async () => {
    expect(await code('hubspot-contacts-en.csv', { limits: { maxBytes: 1000 } })).toBe(
      'import:errors.tooLarge',
    );
    expect(await code('hubspot-contacts-en.csv', { limits: { maxRows: 3 } })).toBe(
      'import:errors.tooManyRows',
    );
  });
  it('mapping mistakes name the file and column', async () => {
    const r = await importFiles({
      sources: [{ path: dir + 'hubspot-contacts-en.csv' }],
      mapping: { id: 'Contact ID' },
      timeZone: MADRID,
    });
    expect(!r.ok && r.error).toEqual({
      code: 'import:errors.unknownColumn',
      params: { file: 'hubspot-contacts-en.csv', column: 'Contact ID' },
    });
    expect(await code('hubspot-contacts-en.csv', { timeZone: 'Madrid' })).toBe('import:errors.badTimeZone');
  });
});
