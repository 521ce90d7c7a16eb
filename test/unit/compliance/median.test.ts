import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median } from '../../../src/shared/compliance/aggregate';

/** The textbook definition, by a full sort: the reference for the quickselect version. */
function sortedMedian(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const k = s.length >> 1;
  return s.length % 2 ? s[k]! : (s[k - 1]! + s[k]!) / 2;
}

describe('median', () => {
  it('equals the sorted-array median for any list (duplicates, negatives, odd and even lengths)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 300 }), (xs) => {
        expect(median(xs)).toBe(sortedMedian(xs));
        expect(median(Float64Array.from(xs))).toBe(sortedMedian(xs));
      }),
    );
  });
  it('handles the small cases', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([3, 1])).toBe(2);
    expect(median([5, 5, 5, 1])).toBe(5);
  });
});
