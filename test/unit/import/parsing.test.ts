import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DateKind,
  parseDateCell,
  resolveOrder,
  unpack,
  zoneResolver,
} from '../../../src/shared/import/dates';
import { parseAmount } from '../../../src/shared/import/numbers';
import {
  MOJIBAKE_MARKS,
  detectEncoding,
  findMojibake,
  isValidUtf8,
} from '../../../src/shared/import/encoding';
import { suggestMapping } from '../../../src/shared/import/presets';
import { IdStore } from '../../../src/shared/import/columns';

const wall = (s: string): number => {
  const d = parseDateCell(s);
  expect(d.kind).toBe(DateKind.Wall);
  return d.value;
};

describe('parseDateCell', () => {
  it('reads ISO dates and datetimes as wall-clock times', () => {
    expect(wall('2026-01-20 14:55')).toBe(Date.UTC(2026, 0, 20, 14, 55));
    expect(wall('2026-01-20')).toBe(Date.UTC(2026, 0, 20));
    expect(wall('2018-02-26 19:58:54')).toBe(Date.UTC(2018, 1, 26, 19, 58, 54));
    expect(wall('2026-01-20T14:55:07.250')).toBe(Date.UTC(2026, 0, 20, 14, 55, 7, 250));
  });
  it('reads values with Z or an offset as instants', () => {
    expect(parseDateCell('2026-01-20T14:55:00Z')).toEqual({
      kind: DateKind.Instant,
      value: Date.UTC(2026, 0, 20, 14, 55),
    });
    expect(parseDateCell('2026-01-20T14:55:00+01:00').value).toBe(Date.UTC(2026, 0, 20, 13, 55));
    expect(parseDateCell('2026-01-20T14:55:00-0300').value).toBe(Date.UTC(2026, 0, 20, 17, 55));
    expect(parseDateCell('1707816600000')).toEqual({ kind: DateKind.Instant, value: 1707816600000 });
  });
  it('reads Excel serials (1900 system)', () => {
    // 45335 days after 1899-12-30 is 2024-02-13; .5 is noon.
    expect(wall('45335')).toBe(Date.UTC(2024, 1, 13));
    expect(wall('45335.5')).toBe(Date.UTC(2024, 1, 13, 12));
  });
  it('keeps year-last dates open until the column decides the order', () => {
    const d = parseDateCell('13/02/2026 9:05');
    expect(d.kind).toBe(DateKind.YearLast);
    expect(d.firstOver12).toBe(true);
    expect(unpack(d.value, 'dmy')).toBe(Date.UTC(2026, 1, 13, 9, 5));
    expect(Number.isNaN(unpack(d.value, 'mdy'))).toBe(true);
    const us = parseDateCell('2/13/26 9:05 PM');
    expect(us.secondOver12).toBe(true);
    expect(unpack(us.value, 'mdy')).toBe(Date.UTC(2026, 1, 13, 21, 5));
    expect(unpack(parseDateCell('12/01/2026 12:30 AM').value, 'mdy')).toBe(Date.UTC(2026, 11, 1, 0, 30));
    expect(unpack(parseDateCell('05.03.2026').value, 'dmy')).toBe(Date.UTC(2026, 2, 5));
    expect(unpack(parseDateCell('05-03-2026 08:15').value, 'dmy')).toBe(Date.UTC(2026, 2, 5, 8, 15));
  });
  it('reads month names in English and Spanish', () => {
    expect(wall('5 Jan 2026')).toBe(Date.UTC(2026, 0, 5));
    expect(wall('05-ene-2026 10:30')).toBe(Date.UTC(2026, 0, 5, 10, 30));
    expect(wall('5 de enero de 2026')).toBe(Date.UTC(2026, 0, 5));
    expect(wall('13 sept. 2026')).toBe(Date.UTC(2026, 8, 13));
    expect(wall('Jan 5, 2026 9:30 PM')).toBe(Date.UTC(2026, 0, 5, 21, 30));
    expect(wall('December 31 2026')).toBe(Date.UTC(2026, 11, 31));
    expect(wall('1 Ago 2026')).toBe(Date.UTC(2026, 7, 1));
    expect(parseDateCell('31 Feb 2026').kind).toBe(DateKind.Invalid);
    expect(parseDateCell('5 Foo 2026').kind).toBe(DateKind.Invalid);
  });
  it('refuses what is not a real date', () => {
    for (const s of [
      '2026-02-30',
      '2026-13-01',
      '31/31/2026',
      'yesterday',
      '12',
      '2026-01-20 25:00',
      'Q1 2026',
    ]) {
      expect(parseDateCell(s).kind, s).toBe(DateKind.Invalid);
    }
  });
  it('round-trips any date written as ISO, d/m/y and m/d/y', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1990, 0, 1)),
          max: new Date(Date.UTC(2060, 0, 1)),
          noInvalidDate: true,
        }),
        (date) => {
          const t = Math.floor(date.getTime() / 60_000) * 60_000;
          const d = new Date(t);
          const [y, mo, da, h, mi] = [
            d.getUTCFullYear(),
            d.getUTCMonth() + 1,
            d.getUTCDate(),
            d.getUTCHours(),
            d.getUTCMinutes(),
          ];
          const p = (n: number): string => String(n).padStart(2, '0');
          expect(wall(`${y}-${p(mo)}-${p(da)} ${p(h)}:${p(mi)}`)).toBe(t);
          expect(unpack(parseDateCell(`${da}/${mo}/${y} ${h}:${p(mi)}`).value, 'dmy')).toBe(t);
          expect(unpack(parseDateCell(`${mo}/${da}/${y} ${h}:${p(mi)}`).value, 'mdy')).toBe(t);
        },
      ),
    );
  });
});

describe('resolveOrder', () => {
  it('lets the data decide, and asks only when both orders fit', () => {
    expect(resolveOrder({ yearLast: 10, dmyOnly: 1, mdyOnly: 0 }, 'mdy')).toBe('dmy');
    expect(resolveOrder({ yearLast: 10, dmyOnly: 0, mdyOnly: 3 }, undefined)).toBe('mdy');
    expect(resolveOrder({ yearLast: 10, dmyOnly: 0, mdyOnly: 0 }, undefined)).toBeUndefined();
    expect(resolveOrder({ yearLast: 10, dmyOnly: 0, mdyOnly: 0 }, 'mdy')).toBe('mdy');
    expect(resolveOrder({ yearLast: 10, dmyOnly: 5, mdyOnly: 1 }, undefined)).toBe('dmy');
  });
});

describe('zoneResolver', () => {
  const madrid = zoneResolver('Europe/Madrid')!;
  it('applies winter and summer offsets', () => {
    expect(madrid(Date.UTC(2026, 0, 20, 14, 55))).toBe(Date.UTC(2026, 0, 20, 13, 55)); // CET, +1
    expect(madrid(Date.UTC(2026, 6, 1, 12))).toBe(Date.UTC(2026, 6, 1, 10)); // CEST, +2
  });
  it('handles the DST change hours', () => {
    // 2026-03-29: 02:00 CET jumps to 03:00 CEST. 01:30 is still CET, 03:30 already CEST.
    expect(madrid(Date.UTC(2026, 2, 29, 1, 30))).toBe(Date.UTC(2026, 2, 29, 0, 30));
    expect(madrid(Date.UTC(2026, 2, 29, 3, 30))).toBe(Date.UTC(2026, 2, 29, 1, 30));
    // 2026-10-25: 03:00 CEST falls back to 02:00 CET; 04:00 is CET.
    expect(madrid(Date.UTC(2026, 9, 25, 4))).toBe(Date.UTC(2026, 9, 25, 3));
  });
  it('reuses cached offsets without mixing zones', () => {
    const ny = zoneResolver('America/New_York')!;
    for (let i = 0; i < 3; i++) {
      expect(ny(Date.UTC(2026, 0, 20, 9))).toBe(Date.UTC(2026, 0, 20, 14));
      expect(madrid(Date.UTC(2026, 0, 20, 9))).toBe(Date.UTC(2026, 0, 20, 8));
    }
  });
  it('gives every quarter hour of 2024–2026 the offset that hour has, in zones with odd DST rules', () => {
    // The offsets are cached per day: check them against the zone's own offset at each wall time
    // (read as UTC, then corrected once), including half-hour DST (Lord Howe), +05:45 (Kathmandu) and
    // DST suspended for Ramadan (Casablanca: two changes five weeks apart).
    for (const name of [
      'Africa/Casablanca',
      'Europe/Madrid',
      'America/New_York',
      'Australia/Sydney',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
    ]) {
      const resolve = zoneResolver(name)!;
      const zone = IANAZone.create(name);
      for (let wall = Date.UTC(2024, 0, 1); wall < Date.UTC(2027, 0, 1); wall += 15 * 60_000) {
        const hour = Math.floor(wall / 3_600_000) * 3_600_000;
        const guess = zone.offset(hour) * 60_000;
        const expected = wall - zone.offset(hour - guess) * 60_000;
        if (resolve(wall) !== expected) expect(`${name} ${new Date(wall).toISOString()}`).toBe(expected);
      }
    }
  });
  it('refuses unknown zones', () => {
    expect(zoneResolver('Mars/Olympus')).toBeUndefined();
  });
});

describe('parseAmount', () => {
  const cases: [string, boolean, number][] = [
    ['1.234,50 €', true, 1234.5],
    ['32.000,00', true, 32000],
    ['-75,25 €', true, -75.25],
    ['€ 250,5', true, 250.5],
    ['$12,500.00', false, 12500],
    ['$1,77,000.00 ', false, 177000],
    ['EUR 4,200', false, 4200],
    ['1,500', true, 1.5],
    ['1.500', true, 1500],
    ['1.500', false, 1.5],
    ['(1.234,50)', true, -1234.5],
    ['R$ 3.000,00', true, 3000],
    ['1 234 567,89', true, 1234567.89],
    ["1'234.50", false, 1234.5],
    ['12%', false, 12],
    ['0.0', false, 0],
  ];
  it.each(cases)('%s (decimal comma: %s) = %d', (raw, dc, expected) => {
    expect(parseAmount(raw, dc)).toBeCloseTo(expected, 9);
  });
  it('gives NaN for what is not a number', () => {
    for (const s of ['', 'lots', '1.2.3,4,5', '12abc', '--'])
      expect(Number.isNaN(parseAmount(s, false)), s).toBe(true);
  });
});

describe('encoding', () => {
  const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
  it('recognises byte-order marks', () => {
    expect(detectEncoding(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ encoding: 'utf-8', bomLength: 3 });
    expect(detectEncoding(bytes(0xff, 0xfe, 0x61, 0))).toEqual({ encoding: 'utf-16le', bomLength: 2 });
    expect(detectEncoding(bytes(0xfe, 0xff, 0, 0x61))).toEqual({ encoding: 'utf-16be', bomLength: 2 });
  });
  it('recognises UTF-16 without BOM, UTF-8 and Windows-1252', () => {
    const le = new Uint8Array([...'id,name\n1,Ana\n'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(detectEncoding(le).encoding).toBe('utf-16le');
    expect(detectEncoding(new TextEncoder().encode('Peña;Búsqueda')).encoding).toBe('utf-8');
    // "Peña" in cp1252: ñ = 0xF1, not valid UTF-8.
    expect(detectEncoding(bytes(0x50, 0x65, 0xf1, 0x61, 0x3b)).encoding).toBe('windows-1252');
  });
  it('accepts a UTF-8 sequence cut by the end of the sample', () => {
    const full = new TextEncoder().encode('abc ñ');
    expect(isValidUtf8(full.subarray(0, full.length - 1))).toBe(true);
  });
  it('spots mojibake', () => {
    expect(findMojibake('"9001","O‚ÄôConnor expansion"')).toBe('O‚ÄôConnor');
    expect(findMojibake('CafÃ© Central')).toBe('CafÃ©');
    expect(findMojibake('Café Central, Peña, O’Connor')).toBeUndefined();
  });
  it('finds mojibake only in text whose UTF-8 holds one of MOJIBAKE_MARKS (the byte check relies on it)', () => {
    // Every Latin-1 and punctuation character, saved as UTF-8 and read back as Windows-1252 or Mac Roman.
    const chars = [
      ...Array.from({ length: 0x180 - 0xa0 }, (_, i) => String.fromCharCode(0xa0 + i)),
      ...'‘’‚“”„–—…€™',
    ];
    const decoders = ['windows-1252', 'macintosh'].map((e) => new TextDecoder(e));
    let found = 0;
    for (const c of chars)
      for (const d of decoders) {
        const garbled = d.decode(new TextEncoder().encode(`x${c}y`));
        if (findMojibake(garbled) === undefined) continue;
        found++;
        const bytes = new TextEncoder().encode(garbled);
        expect(
          MOJIBAKE_MARKS.some((m) => bytes.includes(m)),
          garbled,
        ).toBe(true);
      }
    expect(found).toBeGreaterThan(80);
  });
});

describe('suggestMapping', () => {
  it('suggests nothing for no files, and a generic join key for two unknown files', () => {
    expect(suggestMapping([], [])).toEqual({ presetId: undefined, mapping: {}, matched: 0 });
    const s = suggestMapping(
      [
        ['lead_id', 'created'],
        ['deal_ref', 'lead_id', 'amount'],
      ],
      [],
    );
    expect(s.join).toEqual({ sourceIndex: 1, leftColumn: 'lead_id', rightColumn: 'lead_id' });
  });
  it('recognises Salesforce API names', () => {
    const s = suggestMapping(
      [['Id', 'OwnerId', 'LeadSource', 'Status', 'CreatedDate', 'ConvertedDate']],
      [{ id: 'sql', kind: 'sql' }],
    );
    expect(s.presetId).toBe('salesforce');
    expect(s.mapping).toEqual({
      id: '0:Id',
      created: '0:CreatedDate',
      owner: '0:OwnerId',
      channel: '0:LeadSource',
      status: '0:Status',
      currentStage: '0:Status',
      'stage:sql': '0:ConvertedDate',
    });
  });
});

describe('IdStore', () => {
  it('finds exactly the repeated ids, through growth, and gives back the others in order', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 20, unit: 'binary' }), { maxLength: 3000 }), (values) => {
        const store = new IdStore(4);
        const kept: string[] = [];
        const seen = new Map<string, number>();
        for (const v of values) {
          const expected = seen.get(v) ?? -1;
          expect(store.add(v)).toBe(expected);
          if (expected < 0) {
            seen.set(v, kept.length);
            kept.push(v);
          }
        }
        expect(store.length).toBe(kept.length);
        expect(store.toStrings()).toEqual(kept);
      }),
      { numRuns: 50 },
    );
  });
});
