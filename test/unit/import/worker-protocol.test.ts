/**
 * A part's columns leave its worker as moved buffers (transferablesOf): a column left out is copied
 * instead, tens of MB at a million rows, on the thread that answers the window.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPart } from '../../../src/main/import/import-files';
import { transferablesOf } from '../../../src/main/import/worker-protocol';
import { fieldKind } from '../../../src/shared/import/plan';
import { RECORD_FIELDS, type RecordField } from '../../../src/shared/records/record-set';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pacto-protocol-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('transferablesOf', () => {
  it('moves the buffer of every column a part holds, whichever fields are mapped', async () => {
    // Every record field mapped, and two stages.
    const fields: RecordField[] = [...RECORD_FIELDS, 'stage:mql', 'stage:sql'];
    const cell = (f: RecordField, i: number): string => {
      const kind = fieldKind(f);
      if (kind === 'id') return `lead-${i}`;
      if (kind === 'date') return `2026-0${1 + (i % 9)}-1${i % 10} 10:00`;
      if (kind === 'amount') return String(10 + i);
      return `${f} ${i % 3}`;
    };
    const rows = Array.from({ length: 50 }, (_, i) => fields.map((f) => cell(f, i)).join(','));
    const path = join(dir, 'every-field.csv');
    await writeFile(path, [fields.join(','), ...rows].join('\n') + '\n');
    const mapping = Object.fromEntries(fields.map((f) => [f, f]));
    const read = await readPart(
      { sources: [{ path }], mapping, timeZone: 'UTC' },
      {},
      { index: 0, count: 1 },
    );
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const part = read.value.mapper.resolve({});

    const moved = new Set(transferablesOf(part));
    const columns: ArrayBufferView[] = [part.packedIds.chars, part.packedIds.ends];
    for (const value of [...Object.values(part.records), ...Object.values(part.records.stageEntered)]) {
      if (ArrayBuffer.isView(value)) columns.push(value);
      else if (value && typeof value === 'object' && 'codes' in value)
        columns.push(value.codes as Uint32Array);
    }
    // Each mapped field has its column (the id aside, which is packed), and each column is moved.
    expect(columns.length).toBe(fields.length - 1 + 2);
    for (const c of columns) expect(moved.has(c.buffer as ArrayBuffer)).toBe(true);
  });
});
