/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): self and total time per function, heaviest
 * first. Usage: node --import tsx bench/tools/top-functions.ts <file.cpuprofile> [count]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, countArg] = process.argv.slice(2);
if (!file) throw new Error('usage: top-functions.ts <file.cpuprofile> [count]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const label = (n: ProfileNode): string => {
  const where = n.callFrame.url.replace(/^.*\/(node_modules|src|bench)\//, '$1/');
  return `${n.callFrame.functionName || '(anonymous)'} ${where}:${n.callFrame.lineNumber + 1}`;
};
const self = new Map<string, number>();
const total = new Map<string, number>();
let sum = 0;
profile.samples.forEach((id, i) => {
  const dt = (profile.timeDeltas[i] ?? 0) / 1000;
  sum += dt;
  const node = byId.get(id);
  if (!node) return;
  self.set(label(node), (self.get(label(node)) ?? 0) + dt);
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const l = label(byId.get(at)!);
    if (seen.has(l)) continue;
    seen.add(l);
    total.set(l, (total.get(l) ?? 0) + dt);
  }
});
const count = Number(countArg ?? 25);
console.log(`profile: ${sum.toFixed(0)} ms sampled`);
for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, count)) {
  console.log(
    `${ms.toFixed(0).padStart(7)} ms self ${(total.get(name) ?? 0).toFixed(0).padStart(7)} ms total  ${name}`,
  );
}
