/**
 * The ids are kept by IdStore as buffers and cross from the import worker to the main thread as such
 * (see worker-protocol.ts): whatever the ids, and across the slices they are rebuilt in, the same
 * strings come back in order.
 */
import { describe, expect, it } from 'vitest';
import { IdStore } from '../../../src/shared/import/columns';
import { unpackIds } from '../../../src/main/import/worker-protocol';

const storeOf = (ids: string[]): IdStore => {
  const store = new IdStore(4);
  for (const id of ids) expect(store.add(id)).toBe(-1);
  return store;
};

describe('id transfer', () => {
  it('brings back 120,001 CRM-style ids across three slices, one byte per character', async () => {
    const ids = Array.from({ length: 120_001 }, (_, i) => String(100_000_000_000 + i * 7));
    ids[60_000] = 'Ñandú-0065g00000AbCdE';
    const packed = storeOf(ids).packed();
    expect(packed.encoding).toBe('latin1');
    // 120,000 twelve-digit ids and one of 21 characters.
    expect(packed.chars.length).toBe(120_000 * 12 + 21);
    expect(await unpackIds(packed)).toEqual(ids);
  });

  it('keeps ids outside Latin-1 (Cyrillic, CJK, an emoji surrogate pair) exactly', async () => {
    const ids = ['0042', 'лид-1', '顧客-２', 'deal-😀', 'x'];
    const store = storeOf(ids);
    const packed = store.packed();
    expect(packed.encoding).toBe('utf16le');
    expect(packed.chars.length).toBe(ids.join('').length);
    expect(await unpackIds(packed)).toEqual(ids);
    expect(store.toStrings()).toEqual(ids);
    // Repeats are found after the switch to UTF-16, for ids stored before and after it.
    expect(store.add('0042')).toBe(0);
    expect(store.add('deal-😀')).toBe(3);
  });
});
