import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Machine } from './harness/machine';
import type { Spread } from './harness/stats';

/** One line of the results table: a median with its min–max, and the target it is held to. */
export interface Figure {
  id: string;
  label: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  runs: number;
  /** Upper bound (or lower bound with `atLeast`) from the issue; absent for figures without a target. */
  target?: number;
  atLeast?: boolean;
}

export const figure = (
  id: string,
  label: string,
  unit: string,
  s: Spread | number[],
  target?: { max?: number; min?: number },
): Figure => {
  const values = Array.isArray(s) ? s : s.samples;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = Array.isArray(s)
    ? sorted.length % 2
      ? sorted[mid]!
      : (sorted[mid - 1]! + sorted[mid]!) / 2
    : s.median;
  return {
    id,
    label,
    unit,
    median,
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    runs: values.length,
    ...(target?.max !== undefined ? { target: target.max } : {}),
    ...(target?.min !== undefined ? { target: target.min, atLeast: true } : {}),
  };
};

export const passes = (f: Figure): boolean | undefined =>
  f.target === undefined ? undefined : f.atLeast ? f.median >= f.target : f.median <= f.target;

const num = (v: number): string =>
  Math.abs(v) >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(Math.abs(v) >= 10 ? 1 : 2);

export function table(figures: readonly Figure[]): string {
  const rows = figures.map((f) => {
    const ok = passes(f);
    return [
      f.label,
      `${num(f.median)} ${f.unit}`,
      f.runs > 1 ? `${num(f.min)}–${num(f.max)}` : '',
      String(f.runs),
      f.target === undefined ? '' : `${f.atLeast ? '≥' : '≤'} ${num(f.target)} ${f.unit}`,
      ok === undefined ? '' : ok ? 'ok' : 'MISSED',
    ];
  });
  const head = ['figure', 'median', 'min–max', 'runs', 'target', ''];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (r: string[]): string =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function writeResults(
  path: string,
  results: { machine: Machine; startedAt: string; finishedAt: string; figures: Figure[]; details: unknown },
): void {
  mkdirSync(dirname(path), { recursive: true });
  const figures = results.figures.map((f) => ({ ...f, pass: passes(f) }));
  writeFileSync(path, JSON.stringify({ ...results, figures }, null, 2) + '\n');
}
