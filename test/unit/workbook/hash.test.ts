import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { agreementContent, contentHash } from '../../../src/shared/workbook/hash';
import { parseWorkbook, serializeWorkbook } from '../../../src/shared/workbook/document';
import { clause, example } from './fixtures';

/** Rebuilds every object with its keys in reverse order: same data, different key order. */
function reverseKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reverseKeys);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        .reverse()
        .map((k) => [k, reverseKeys((v as Record<string, unknown>)[k])]),
    );
  return v;
}

/** An independent canonical form: JSON with sorted keys, undefined members dropped. */
function sortedJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(sortedJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${sortedJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

describe('content hash', () => {
  it('is the SHA-256 of the sorted-key JSON of the agreement content', () => {
    const doc = example();
    const expected = createHash('sha256')
      .update(sortedJson(agreementContent(doc)), 'utf8')
      .digest('hex');
    expect(contentHash(doc)).toBe(expected);
    expect(contentHash(doc)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on key order', () => {
    const doc = example();
    expect(contentHash(reverseKeys(doc) as typeof doc)).toBe(contentHash(doc));
  });

  it('is the same after save and reopen', () => {
    const doc = example('en');
    const reopened = parseWorkbook(serializeWorkbook(doc), 'a.pacto');
    if (!reopened.ok) throw new Error(reopened.error.code);
    expect(contentHash(reopened.value.doc)).toBe(contentHash(doc));
    // And after a second round trip through an indented file with the keys reversed.
    const again = parseWorkbook(JSON.stringify(reverseKeys(reopened.value.doc), null, 4), 'b.pacto');
    if (!again.ok) throw new Error(again.error.code);
    expect(contentHash(again.value.doc)).toBe(contentHash(doc));
  });

  it('changes with what was agreed', () => {
    const base = contentHash(example());
    const edits: ((d: ReturnType<typeof example>) => void)[] = [
      (d) => (d.meta.title += '.'),
      (d) => (d.meta.company = 'Otra S.A.'),
      (d) => (clause(d, 'clause-mql-volume', 'volume').target = 401),
      (d) => (clause(d, 'clause-mql-volume', 'volume').status = 'disputed'),
      (d) => d.stages.reverse(),
      (d) => (d.scoring.threshold = 61),
      (d) => (d.parties.raci[0]!.roles['team-sales'] = 'C'),
      (d) => d.calendar.holidays.pop(),
      (d) => (d.review.consecutiveMisses = 3),
      (d) => (d.feedback.channels = ''),
      (d) => d.playbook.pop(),
      (d) => (d.personas[0]!.agreedBy['team-sales'] = false),
    ];
    for (const edit of edits) {
      const d = example();
      edit(d);
      expect(contentHash(d)).not.toBe(base);
    }
  });

  it('ignores what is not signed: timestamps, comments, scenarios, imports, notes, sign-off, language', () => {
    const base = contentHash(example());
    const d = example();
    d.meta.updatedAt = '2027-01-01T00:00:00.000Z';
    d.meta.currency = 'USD';
    d.clauses[0]!.comments.push({ id: 'c1', author: 'Ana', at: '2026-03-03T09:00:00Z', text: 'OK' });
    d.personas[0]!.comments.push({ id: 'c2', author: 'Ana', at: '2026-03-03T09:00:00Z', text: 'OK' });
    d.scenarios.items[0]!.goal = 2_000_000;
    d.notes = 'notas';
    d.signOff.currentRevision = 7;
    expect(contentHash(d)).toBe(base);
  });
});
