// Preloaded (`node --import`) into a process the bench runs from spawn to exit (harness/process.ts):
// at exit, writes the process's peak RSS and CPU time, all threads included, to $PACTO_BENCH_USAGE.
import { writeFileSync } from 'node:fs';

const out = process.env.PACTO_BENCH_USAGE;
if (out) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ maxRssKb: u.maxRSS, cpuUs: u.userCPUTime + u.systemCPUTime }));
  });
}
