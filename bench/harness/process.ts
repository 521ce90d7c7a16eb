import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A command run as the user runs it, measured from spawn to exit. */
export interface ProcessRun {
  wallMs: number;
  /** CPU time of the process, all threads. */
  cpuMs: number;
  /** Peak RSS of the process, all threads. */
  peakRssMb: number;
  stdoutBytes: number;
  exitCode: number;
  /** The process's stderr (its messages; a failing run's error). */
  stderr: string;
}

const USAGE = fileURLToPath(new URL('./usage-at-exit.mjs', import.meta.url));

/**
 * Runs `node <args>` with stdout redirected to `stdoutPath` (as `> file` would), and reads its peak
 * RSS and CPU time from a preloaded module that writes them at exit. Rejects on an exit code not in
 * `exitCodes` (default: 0 only).
 */
export async function runProcess(
  args: string[],
  opts: { stdoutPath: string; timeoutMs?: number; exitCodes?: number[] },
): Promise<ProcessRun> {
  const dir = mkdtempSync(join(tmpdir(), 'pacto-bench-'));
  const usagePath = join(dir, 'usage.json');
  mkdirSync(dirname(opts.stdoutPath), { recursive: true });
  const out = openSync(opts.stdoutPath, 'w');
  try {
    let stderr = '';
    const t0 = performance.now();
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', USAGE, ...args], {
        stdio: ['ignore', out, 'pipe'],
        env: { ...process.env, PACTO_BENCH_USAGE: usagePath },
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 10 * 60_000);
      child.stderr!.on('data', (d: Buffer) => {
        stderr += d.toString('utf8');
        process.stderr.write(d);
      });
      child.on('error', reject);
      child.on('exit', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    const wallMs = performance.now() - t0;
    if (code === null || !(opts.exitCodes ?? [0]).includes(code))
      throw new Error(`node ${args.join(' ')} exited with ${code}`);
    const usage = JSON.parse(readFileSync(usagePath, 'utf8')) as { maxRssKb: number; cpuUs: number };
    return {
      wallMs,
      cpuMs: usage.cpuUs / 1000,
      peakRssMb: usage.maxRssKb / 1024,
      stdoutBytes: statSync(opts.stdoutPath).size,
      exitCode: code,
      stderr,
    };
  } finally {
    closeSync(out);
    rmSync(dir, { recursive: true, force: true });
  }
}
