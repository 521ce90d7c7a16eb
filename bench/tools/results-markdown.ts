/**
 * Prints bench/results/latest.json as a Markdown table, for the copy of the figures kept in
 * docs/PERFORMANCE.md. Usage: node --import tsx bench/tools/results-markdown.ts [results.json]
 */
import { readFileSync } from 'node:fs';
import type { Figure } from '../report';

const path = process.argv[2] ?? 'bench/results/latest.json';
const r = JSON.parse(readFileSync(path, 'utf8')) as {
  machine: Record<string, string | number>;
  finishedAt: string;
  figures: (Figure & { pass?: boolean })[];
};
const num = (v: number): string =>
  Math.abs(v) >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(Math.abs(v) >= 10 ? 1 : 2);
const m = r.machine;
console.log(
  `${r.finishedAt.slice(0, 16)} UTC · ${m.cpu} · ${m.cores} cores · ${m.memoryGb} GB · Node ${m.node} · ` +
    `load average ${m.loadAverage} → ${m.loadAverageAtEnd}\n`,
);
console.log('| Figure | Median | Min–max | Runs | Target | |');
console.log('|---|---:|---:|---:|---:|---|');
for (const f of r.figures) {
  const target = f.target === undefined ? '' : `${f.atLeast ? '≥' : '≤'} ${num(f.target)} ${f.unit}`;
  const status = f.pass === undefined ? '' : f.pass ? 'met' : '**missed**';
  console.log(
    `| ${f.label} | ${num(f.median)} ${f.unit} | ${num(f.min)}–${num(f.max)} | ${f.runs} | ${target} | ${status} |`,
  );
}
