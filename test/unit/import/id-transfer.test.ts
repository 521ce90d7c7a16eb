/**
 * The ids are kept by IdStore as buffers, cross from the import worker to the main thread as such
 * (see worker-protocol.ts) and stay so in the records (PackedIdList): whatever the ids, and across the
 * slices they are rebuilt in, the same strings come back in order.
 */
import { describe, expect, it } from 'vitest';
import {
  charsOf,
  IdStore,
  PackedIdList,
  repeatSteps,
  sortedFingerprints,
} from '../../../src/shared/import/columns';
import { runSteps } from '../../../src/shared/import/steps';

const anyRepeated = (lists: BigUint64Array[]): boolean => runSteps(repeatSteps(lists));

const storeOf = (ids: string[]): IdStore => {
  const store = new IdStore(4);
  for (const id of ids) expect(store.add(id)).toBe(-1);
  return store;
};

describe('id transfer', () => {
  it('brings back 120,001 CRM-style ids across three slices, one byte per character', () => {
    const ids = Array.from({ length: 120_001 }, (_, i) => String(100_000_000_000 + i * 7));
    ids[60_000] = 'Ñandú-0065g00000AbCdE';
    const packed = storeOf(ids).packed();
    expect(packed.encoding).toBe('latin1');
    // 120,000 twelve-digit ids and one of 21 characters.
    expect(packed.chars.length).toBe(120_000 * 12 + 21);
    const list = new PackedIdList(packed);
    expect([...list]).toEqual(ids);
    expect(list.length).toBe(ids.length);
    expect([list.at(0), list.at(60_000), list.at(-1), list.at(120_001)]).toEqual([
      ids[0],
      'Ñandú-0065g00000AbCdE',
      ids[120_000],
      undefined,
    ]);
  });

  it('keeps ids outside Latin-1 (Cyrillic, CJK, an emoji surrogate pair) exactly', () => {
    const ids = ['0042', 'лид-1', '顧客-２', 'deal-😀', 'x'];
    const store = storeOf(ids);
    const packed = store.packed();
    expect(packed.encoding).toBe('utf16le');
    expect(packed.chars.length).toBe(ids.join('').length);
    expect([...new PackedIdList(packed)]).toEqual(ids);
    expect(new PackedIdList(packed).at(3)).toBe('deal-😀');
    // Repeats are found after the switch to UTF-16, for ids stored before and after it.
    expect(store.add('0042')).toBe(0);
    expect(store.add('deal-😀')).toBe(3);
  });
});

describe('id fingerprints (the check that parts of a file share no id)', () => {
  const keysOf = (ids: string[]): BigUint64Array => {
    // As a part of a split read keeps them: every id appended, repeats checked on the fingerprints.
    const store = new IdStore(ids.length, 0);
    for (const id of ids) store.append(charsOf(id), 0, id.length);
    expect(store.length).toBe(ids.length);
    return sortedFingerprints(store.packed());
  };
  const crmIds = (from: number, n: number): string[] =>
    Array.from({ length: n }, (_, i) => String(100_000_000_000 + (from + i) * 7));

  it('finds no shared id between disjoint parts of 200,000 CRM ids', () => {
    expect(anyRepeated([keysOf(crmIds(0, 100_000)), keysOf(crmIds(100_000, 100_000))])).toBe(false);
  });

  it('finds one id repeated between the first and the last of three parts', () => {
    const last = crmIds(200_000, 50_000);
    last[31_337] = crmIds(12_345, 1)[0]!;
    const parts = [crmIds(0, 100_000), crmIds(100_000, 100_000), last].map(keysOf);
    expect(anyRepeated(parts)).toBe(true);
    expect(anyRepeated(parts.slice(1))).toBe(false);
  });

  it('gives an id the same fingerprint in a Latin-1 part and in a UTF-16 one', () => {
    const wide = keysOf(['лид-1', 'Ñandú-7']);
    const narrow = keysOf(['Ñandú-7', 'lead-2']);
    expect(anyRepeated([wide, narrow])).toBe(true);
    expect(anyRepeated([wide, keysOf(['Ñandú-8', 'lead-2'])])).toBe(false);
  });

  it('finds an id repeated within one part', () => {
    const ids = crmIds(0, 100_000);
    expect(anyRepeated([keysOf(ids)])).toBe(false);
    ids[77_777] = ids[3]!;
    expect(anyRepeated([keysOf(crmIds(100_000, 10)), keysOf(ids)])).toBe(true);
  });

  it('compares every neighbour and every pair across the pauses between steps', () => {
    // Values past 2^32 too: the check compares their high and low 32-bit words.
    const sorted = (n: number, f: (i: number) => number) =>
      BigUint64Array.from({ length: n }, (_, i) => BigInt(f(i)) * 0x1_0000_0001n);
    // Neighbours 65,535 and 65,536 (a pause falls between them) hold the same value.
    expect(anyRepeated([sorted(200_000, (i) => (i === 65_536 ? i - 1 : i))])).toBe(true);
    expect(anyRepeated([sorted(200_000, (i) => i)])).toBe(false);
    // Evens and odds share nothing, until the last odd is an even the walk reaches after many pauses.
    const evens = sorted(150_000, (i) => 2 * i);
    expect(anyRepeated([evens, sorted(150_000, (i) => 2 * i + 1)])).toBe(false);
    expect(anyRepeated([evens, sorted(150_000, (i) => (i === 149_999 ? 2 * i : 2 * i + 1))])).toBe(true);
  });

  it('tells apart ids that differ only in order or case', () => {
    expect(anyRepeated([keysOf(['ab', 'Lead-1']), keysOf(['ba', 'lead-1', 'LEAD-1'])])).toBe(false);
  });
});
