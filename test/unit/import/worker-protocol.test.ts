/**
 * A part's columns leave its worker as moved buffers (transferablesOf): a column left out is copied
 * instead, tens of MB at a million rows, on the thread that answers the window. The first part of a
 * split read maps the room its columns keep for the others before the merge (touchRoom).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPart } from '../../../src/main/import/import-files';
import { transferablesOf } from '../../../src/main/import/worker-protocol';
import { fieldKind } from '../../../src/shared/import/plan';
import { touchRoom } from '../../../src/shared/import/parts';
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

describe('touchRoom', () => {
  it("zeroes the first part's room up to the total, and nothing of its records or beyond", async () => {
    const rows = Array.from(
      { length: 4000 },
      (_, i) => `${9000 + i},2026-03-0${1 + (i % 9)} 10:00,${['Ana', 'Luis'][i % 2]}`,
    );
    const path = join(dir, 'split.csv');
    await writeFile(path, ['Record ID,Create Date,Owner', ...rows].join('\n') + '\n');
    const mapping = { id: 'Record ID', created: 'Create Date', owner: 'Owner' };
    const read = await readPart(
      { sources: [{ path }], mapping, timeZone: 'UTC' },
      {},
      { index: 0, count: 2 },
    );
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const part = read.value.mapper.resolve({});
    const created = part.records.created!;
    const codes = part.records.owner!.codes;
    const n = created.length;
    // Part 0 of two keeps room for the whole file (see concatRecords); mark the room to see what is written.
    const roomOf = (a: Float64Array | Uint32Array) =>
      (a.buffer.byteLength - a.byteOffset) / a.BYTES_PER_ELEMENT;
    expect(roomOf(created)).toBeGreaterThan(n + 100);
    const wide = (a: Float64Array) => new Float64Array(a.buffer, a.byteOffset, roomOf(a));
    const wideCodes = (a: Uint32Array) => new Uint32Array(a.buffer, a.byteOffset, roomOf(a));
    wide(created).fill(7, n);
    wideCodes(codes).fill(7, n);
    const before = {
      created: Array.from(created),
      codes: Array.from(codes),
      ends: Array.from(part.packedIds.ends),
    };

    touchRoom(part.records, part.packedIds, n + 100);
    expect(Array.from(created)).toEqual(before.created);
    expect(Array.from(codes)).toEqual(before.codes);
    expect(Array.from(part.packedIds.ends)).toEqual(before.ends);
    expect(
      wide(created)
        .subarray(n, n + 100)
        .every((v) => v === 0),
    ).toBe(true);
    expect(
      wideCodes(codes)
        .subarray(n, n + 100)
        .every((v) => v === 0),
    ).toBe(true);
    expect(wide(created)[n + 100]).toBe(7);
    expect(wideCodes(codes)[n + 100]).toBe(7);
  });
});
