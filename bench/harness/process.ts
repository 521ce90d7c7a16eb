import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A command run as the user runs it, measured from spawn to exit. */
export interface ProcessRun {
  wallMs: number;
  /** CPU time of the process, all threads. */
  cpuMs: number;
  /** Peak RSS of the process, all threads. */
  peakRssMb: number;
  stdoutBytes: number;
}

const USAGE = fileURLToPath(new URL('./usage-at-exit.mjs', import.meta.url));

/**
 * Runs `node <args>` with stdout redirected to `stdoutPath` (as `> file` would), and reads its peak
 * RSS and CPU time from a preloaded module that writes them at exit. Rejects on a non-zero exit.
 */
export async function runProcess(
  args: string[],
  opts: { stdoutPath: string; timeoutMs?: number },
): Promise<ProcessRun> {
  const dir = mkdtempSync(join(tmpdir(), 'pacto-bench-'));
  const usagePath = join(dir, 'usage.json');
  const out = openSync(opts.stdoutPath, 'w');
  try {
    const t0 = performance.now();
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', USAGE, ...args], {
        stdio: ['ignore', out, 'inherit'],
        env: { ...process.env, PACTO_BENCH_USAGE: usagePath },
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 10 * 60_000);
      child.on('error', reject);
      child.on('exit', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    const wallMs = performance.now() - t0;
    if (code !== 0) throw new Error(`node ${args.join(' ')} exited with ${code}`);
    const usage = JSON.parse(readFileSync(usagePath, 'utf8')) as { maxRssKb: number; cpuUs: number };
    return {
      wallMs,
      cpuMs: usage.cpuUs / 1000,
      peakRssMb: usage.maxRssKb / 1024,
      stdoutBytes: statSync(opts.stdoutPath).size,
    };
  } finally {
    closeSync(out);
    rmSync(dir, { recursive: true, force: true });
  }
}
