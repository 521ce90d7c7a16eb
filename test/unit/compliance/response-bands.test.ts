import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/main/cli/index';
import { serializeWorkbook } from '../../../src/shared/workbook/document';
import { ComplianceResult } from '../../../src/shared/workbook/schema';
import { createFromTemplate } from '../../../src/shared/workbook/templates';

/*
 * A HubSpot contacts export whose delays were built to fall in known business-hour bands
 * (test/fixtures/compliance/make-response-bands.py explains each group), measured with the B2B
 * template's "first touch within 4 business hours" clause (New York, Mon–Fri 09:00–18:00).
 */
const CSV = resolve('test/fixtures/compliance/response-bands.csv');

describe('response-time bands on a HubSpot export', () => {
  it('puts every first touch in its band and scores the clause', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pacto-bands-'));
    const wb = join(dir, 'b2b.pacto');
    writeFileSync(wb, serializeWorkbook(createFromTemplate('b2b', 'en', new Date('2026-01-15T09:00:00Z'))));
    let out = '';
    let err = '';
    const io = {
      stdout: (s: string) => void (out += s),
      stderr: (s: string) => void (err += s),
      cwd: dir,
      env: {},
    };
    expect(await main(['measure', '-w', wb, '-s', CSV, '--preset', 'hubspot', '--json'], io)).toBe(0);
    expect(err).toBe('');
    const result = ComplianceResult.parse(JSON.parse(out));
    const touch = result.clauses.find((c) => c.id === 'clause-first-touch')!;
    expect(touch.histogram).toEqual({ bands: [10, 6, 8, 8, 4, 2], untouched: 2 });
    // 32 of 40 within 4 business hours: 80 % against a 90 % target. The export ends on 26 March, so
    // March is not over: in progress and behind, not missed.
    expect(touch.periods).toEqual([
      expect.objectContaining({
        period: '2026-03',
        actual: 0.8,
        target: 0.9,
        status: 'in-progress',
        onTrack: false,
        count: 40,
        breaches: 8,
      }),
    ]);
    // The late ones, in business hours: four of 9 h, two of 27 h, and the two never touched, judged at
    // "as of" (the latest timestamp, a touch on Thu 26 March 11:35): Mon 16 11:00–18:00 7 h
    // + Tue–Fri 36 h + Mon–Wed 27 h + Thu 09:00–11:35 2 h 35 min = 72 h 35 min.
    const late = result.breaches.items
      .filter((b) => b.clauseId === 'clause-first-touch')
      .map((b) => b.value!);
    late.sort((a, b) => a - b);
    expect(late.slice(0, 6)).toEqual([9, 9, 9, 9, 27, 27]);
    expect(late[6]).toBeCloseTo(72 + 34 / 60, 9); // arrived at 11:01
    expect(late[7]).toBeCloseTo(72 + 35 / 60, 9);
  });
});
