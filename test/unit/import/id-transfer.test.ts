/**
 * The ids cross from the import worker to the main thread as two buffers (see worker-protocol.ts):
 * whatever the ids, and across the slices they are rebuilt in, the same strings come back in order.
 */
import { describe, expect, it } from 'vitest';
import { packIds, unpackIds } from '../../../src/main/import/worker-protocol';

describe('id transfer', () => {
  it('brings back 120,001 CRM-style ids across three slices, one byte per character', async () => {
    const ids = Array.from({ length: 120_001 }, (_, i) => String(100_000_000_000 + i * 7));
    ids[60_000] = '';
    ids[60_001] = 'Ñandú-0065g00000AbCdE';
    const packed = packIds(ids);
    expect(packed.encoding).toBe('latin1');
    // 120,000 twelve-digit ids, one empty, one of 21 characters.
    expect(packed.chars.byteLength).toBe(119_999 * 12 + 21);
    expect(await unpackIds(packed)).toEqual(ids);
  });

  it('keeps ids outside Latin-1 (Cyrillic, CJK, an emoji surrogate pair) exactly', async () => {
    const ids = ['лид-1', '顧客-２', 'deal-😀', '', 'x'];
    const packed = packIds(ids);
    expect(packed.encoding).toBe('utf16le');
    expect(packed.chars.byteLength).toBe(2 * ids.join('').length);
    expect(await unpackIds(packed)).toEqual(ids);
  });
});
