/**
 * Nothing a user imports may make their workbook unsavable. Property: for any CSV — arbitrary headers
 * (hostile names included), cells and dates (CRM placeholders, years 0001 and 9999, impossible days,
 * both day orders), ragged rows, any mapping of its columns, any "as of" and date window — the import
 * ends with records or a clear error; and with records, the workbook holding the measurement as its
 * snapshot passes the schema, saves, and reopens with the snapshot exactly as measured.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeFiles } from '../../../src/main/adapters/node-files';
import { importFiles } from '../../../src/main/import/import-files';
import { importSources } from '../../../src/main/import/import-sources';
import { sniffFile } from '../../../src/main/import/sources';
import { readWorkbookFile, writeWorkbookFile } from '../../../src/main/services/workbook-files';
import { measure } from '../../../src/shared/compliance/engine';
import { addSnapshot, createSnapshot } from '../../../src/shared/compliance/snapshot';
import { ImportError } from '../../../src/shared/import/errors';
import { stageVocabulary } from '../../../src/shared/import/stage-values';
import type { DateOrder, FieldMapping, ImportRequest } from '../../../src/shared/import/types';
import type { Workbook } from '../../../src/shared/workbook/schema';
import { createFromTemplate, templateNames } from '../../../src/shared/workbook/templates';
import { clearError, withDeadline } from './clear-error';

const NOW = new Date('2026-05-04T12:00:00Z');
const IMPORT_CODES = new Set<string>(Object.values(ImportError));

let dir = '';
let n = 0;
beforeAll(() => {
  mkdirSync(resolve('test/artifacts'), { recursive: true });
  dir = mkdtempSync(join(resolve('test/artifacts'), 'import-snapshot-property-'));
});

const HEADERS = [
  'Record ID',
  'Create Date',
  'Contact owner',
  'Original Source',
  'Lifecycle Stage',
  'Became a Lead Date',
  'Became a Marketing Qualified Lead Date',
  'Became a Customer Date',
];
const header = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HEADERS) },
  fc.constantFrom(
    '',
    ' ',
    '"',
    '__proto__',
    'constructor',
    'toString',
    '=SUM(A1)',
    'Fecha de creación',
    '名前',
  ),
  fc.string({ maxLength: 30 }),
);

const iso = (d: Date) => d.toISOString();
const someDate = (min: string, max: string) =>
  fc.date({ min: new Date(min), max: new Date(max), noInvalidDate: true });
/** Dates as CRMs write them, and as they go wrong. */
const dateCell = fc.oneof(
  {
    weight: 4,
    arbitrary: someDate('2025-06-01', '2026-05-01').map((d) => iso(d).slice(0, 16).replace('T', ' ')),
  },
  someDate('2025-06-01', '2026-05-01').map(iso),
  someDate('2025-06-01', '2026-05-01').map((d) => {
    const [y, m, day] = iso(d).slice(0, 10).split('-');
    return `${day}/${m}/${y}`;
  }),
  someDate('0001-01-01', '9999-12-31').map((d) => iso(d).slice(0, 10)),
  fc.constantFrom(
    '1900-01-01',
    '1970-01-01T00:00:00Z',
    '0001-01-01',
    '0001-01-01 00:00',
    '9999-12-31',
    '9999-12-31 23:59',
    '2026-02-30',
    '2026-13-01',
    '0000-00-00',
    '1989-12-31',
    '2099-01-01',
    '12/31/2025',
  ),
);
const cell = fc.oneof(
  { weight: 3, arbitrary: dateCell },
  fc.constantFrom('', 'N/A', '-', 'Customer', 'lead', 'Organic Search', '1e308', 'NaN', '=HYPERLINK("x")'),
  fc.string({ maxLength: 20 }),
);

const csvCell = (s: string) => `"${s.replace(/"/g, '""')}"`;

const csvFile = fc
  .record({
    headers: fc.uniqueArray(header, { minLength: 1, maxLength: 9 }),
    rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 40 }),
    delimiter: fc.constantFrom(',', ';'),
    eol: fc.constantFrom('\n', '\r\n'),
  })
  .map(
    ({ headers, rows, delimiter, eol }) =>
      [headers, ...rows].map((r) => r.map(csvCell).join(delimiter)).join(eol) + eol,
  );

const asOf = fc.option(
  fc.oneof(
    { weight: 3, arbitrary: someDate('2026-01-01', '2026-06-01').map(iso) },
    fc.constantFrom('9999-12-31T00:00:00Z', '1900-01-01T00:00:00Z', '0001-01-01T00:00:00Z'),
  ),
  { nil: undefined, freq: 2 },
);
/**
 * Windows a user could set with --date-window, down to the widest (the measurement's 1,200-month bound
 * must then hold). Rare: a 1,200-month snapshot takes seconds to save and compare.
 */
const dateWindow = fc.oneof(
  { weight: 8, arbitrary: fc.constant(undefined) },
  fc.constantFrom(
    { from: '0001-01-01T00:00:00Z', to: '9999-12-31T00:00:00Z' },
    { from: '1900-01-01T00:00:00Z', to: '2030-01-01T00:00:00Z' },
    { from: '2026-01-01T00:00:00Z', to: '2026-03-31T00:00:00Z' },
  ),
);

function mappingFor(doc: Workbook, headers: string[], picks: (number | null)[]): FieldMapping {
  const fields = ['created', 'owner', 'channel', 'currentStage', ...doc.stages.map((s) => `stage:${s.id}`)];
  const mapping: Record<string, string> = { id: headers[picks[0]! % headers.length]! };
  fields.forEach((f, i) => {
    const p = picks[i + 1];
    if (p !== null && p !== undefined) mapping[f] = headers[p % headers.length]!;
  });
  return mapping as FieldMapping;
}

describe('any imported CSV', () => {
  it('leaves a workbook that, with its snapshot, passes the schema, saves and reopens', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...templateNames),
        fc.constantFrom('en', 'es') as fc.Arbitrary<'en' | 'es'>,
        csvFile,
        fc.array(fc.option(fc.nat(), { freq: 2 }), { minLength: 16, maxLength: 16 }),
        asOf,
        dateWindow,
        fc.constantFrom('dmy', 'mdy') as fc.Arbitrary<DateOrder>,
        async (template, lang, file, picks, as, window, order) => {
          const doc = createFromTemplate(template, lang, NOW);
          const path = join(dir, `f${n++}.csv`);
          writeFileSync(path, file);
          // As the wizard does: map the columns the sniffer found, answer its day-order questions, and
          // the question an import may still raise (a column the sample did not settle), then retry.
          const sniffed = await withDeadline(sniffFile(path), 10_000);
          if (!sniffed.ok) return clearError(sniffed.error, IMPORT_CODES);
          const { headers } = sniffed.value.dialect;
          const req: ImportRequest = {
            sources: [{ path }],
            mapping: mappingFor(doc, headers, picks),
            dateOrder: Object.fromEntries(sniffed.value.ambiguousDateColumns.map((c) => [`0:${c}`, order])),
            timeZone: 'Europe/Madrid',
            ...(as ? { asOf: as } : {}),
            ...(window ? { dateWindow: window } : {}),
            stageValues: { order: doc.stages.map((s) => s.id), values: stageVocabulary(doc.stages) },
          };
          const run = () =>
            withDeadline(
              importSources(req, {}, (r) => importFiles(r, { now: () => NOW.getTime() })),
              20_000,
            );
          let imported = await run();
          for (let asked = 0; !imported.ok && imported.error.code === ImportError.dateOrderNeeded; asked++) {
            expect(asked).toBeLessThan(20); // each answer settles a column: no endless questions
            req.dateOrder![`0:${String(imported.error.params?.column)}`] = order;
            imported = await run();
          }
          if (!imported.ok) return clearError(imported.error, IMPORT_CODES);

          const result = measure(doc, imported.value.records);
          const snapshot = createSnapshot({
            id: `s${n}`,
            now: NOW,
            files: imported.value.files,
            mapping: req.mapping,
            result,
          });
          const withSnapshot: Workbook = {
            ...doc,
            imports: { ...doc.imports, snapshots: addSnapshot(doc.imports.snapshots, snapshot) },
          };
          const saved = path.replace(/\.csv$/, '.pacto');
          await writeWorkbookFile(nodeFiles, saved, withSnapshot, NOW); // throws on a schema error
          const reopened = await readWorkbookFile(nodeFiles, saved);
          expect(reopened.doc.imports.snapshots).toEqual([snapshot]);
        },
      ),
      {
        seed: 20260504,
        numRuns: 80,
        // Always tried: year 1 admitted by the widest window, so the 1,200-month bound is what holds.
        examples: [
          [
            'b2b',
            'en',
            'Record ID,Create Date,Became a Lead Date\n1,0001-01-01,2026-03-02 10:00\n2,2026-01-05 09:00,9999-12-31\n',
            [0, 1, null, null, null, 2, null, null, null, null, null, null, null, null, null, null],
            undefined,
            { from: '0001-01-01T00:00:00Z', to: '9999-12-31T00:00:00Z' },
            'dmy',
          ],
        ],
      },
    );
  }, 120_000);
});
