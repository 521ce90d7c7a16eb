/**
 * `npm run bench -- --only big`: 10M HubSpot rows (~1.5 GB, generated into bench/data/, never
 * committed) through the app's import path and `pacto measure --json`, each as its own process. Either
 * completes with peak RSS ≤ 1 GB, or stops early with a message (the row or memory limit) — never an
 * out-of-memory crash. Not in the default run: the file takes minutes to write and to read.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureDataset } from '../generate/dataset';
import type { LoopDelay } from '../harness/loop-delay';
import { runProcess, type ProcessRun } from '../harness/process';
import { figure, type Figure } from '../report';
import { SEED } from '../cases/workload';

const ROWS = 10_000_000;
const PEAK_MB = 1000;

interface BigRun extends ProcessRun {
  /** What the run said: records imported, or the error's code and English message. */
  outcome: string;
  /** The app path's main-thread event loop during the import (absent for the CLI). */
  loop?: LoopDelay;
}

const outcomeOf = (out: string, run: ProcessRun): BigRun => {
  const text = readFileSync(out, 'utf8').trim();
  if (out.endsWith('app.out.json')) {
    const r = JSON.parse(text) as {
      ok: boolean;
      records?: number;
      error?: { code: string };
      en?: string;
      loop: LoopDelay;
    };
    return { ...run, outcome: r.ok ? `${r.records} records` : `${r.error!.code}: ${r.en}`, loop: r.loop };
  }
  return { ...run, outcome: run.exitCode === 0 ? 'measured' : `exit ${run.exitCode}: ${run.stderr.trim()}` };
};

export async function bigImportGroup(workbook: string, runs: number, figures: Figure[]): Promise<unknown> {
  const { path, bytes } = ensureDataset({ rows: ROWS, seed: SEED });
  const app: BigRun[] = [];
  const cli: BigRun[] = [];
  for (let i = 0; i < runs; i++) {
    const appOut = resolve('bench/results/big-import.app.out.json');
    app.push(outcomeOf(appOut, await runProcess(['out/bench/big-import.js', path], { stdoutPath: appOut })));
    const cliOut = resolve('bench/results/big-import.cli.out.json');
    const args = ['bin/pacto.js', 'measure', '-w', workbook, '-s', path, '--preset', 'hubspot', '--json'];
    cli.push(outcomeOf(cliOut, await runProcess(args, { stdoutPath: cliOut, exitCodes: [0, 1] })));
  }
  for (const [name, list] of [
    ['app', app],
    ['cli', cli],
  ] as const) {
    const label = name === 'app' ? 'app import path' : 'pacto measure --json';
    figures.push(
      figure(
        `big.${name}.wall`,
        `10M rows, ${label}: wall to result or stop`,
        'ms',
        list.map((r) => r.wallMs),
      ),
      figure(
        `big.${name}.rss`,
        `10M rows, ${label}: peak RSS`,
        'MB',
        list.map((r) => r.peakRssMb),
        { max: PEAK_MB },
      ),
    );
  }
  figures.push(
    figure(
      'big.app.stall',
      '10M rows, app import path: main event loop, longest stall',
      'ms',
      app.map((r) => r.loop!.longestStallMs),
      { max: 50 },
    ),
    figure(
      'big.app.p99',
      '10M rows, app import path: main event loop, p99 delay',
      'ms',
      app.map((r) => r.loop!.p99Ms),
    ),
  );
  return { rows: ROWS, bytes, app, cli };
}
