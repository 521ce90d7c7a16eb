import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The cases vite.bench.config.ts bundles into out/bench/ (`npm run bench` builds them). */
const BUILT_CASES = new Set(['import.ts', 'responsiveness.ts']);

/**
 * Heavy cases run in a fresh Node process each, so `maxRSS` is that case's own peak and one case's
 * heap does not slow the next. The child sends one JSON-able message with its result and exits.
 * The import cases run their bundle with plain `node`, as the app runs built code: through tsx, the
 * process would carry tsx's memory and the import worker would boot from the TypeScript source.
 */
export function runInChild<T>(
  caseFile: string,
  args: string[] = [],
  opts: { timeoutMs?: number } = {},
): Promise<T> {
  const built = BUILT_CASES.has(caseFile);
  const path = fileURLToPath(
    built
      ? new URL(`../../out/bench/${caseFile.replace(/\.ts$/, '.js')}`, import.meta.url)
      : new URL(`../cases/${caseFile}`, import.meta.url),
  );
  if (built && !existsSync(path))
    return Promise.reject(
      new Error(`${path} is missing: build it with \`vite build -c vite.bench.config.ts\``),
    );
  return new Promise((resolve, reject) => {
    const child = fork(path, args, {
      execArgv: built ? ['--expose-gc'] : ['--expose-gc', '--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: { ok: true; value: T } | { ok: false; error: string } | undefined;
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 10 * 60_000);
    child.on('message', (m) => {
      result = m as typeof result;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (result?.ok) resolve(result.value);
      else
        reject(
          new Error(`${caseFile} ${args.join(' ')}: ${result?.error ?? `exited with ${signal ?? code}`}`),
        );
    });
  });
}

/** The child's side: run `main`, send its result (or its error) to the parent, then exit. */
export function childMain<T>(main: () => Promise<T>): void {
  const send = (m: unknown): Promise<void> =>
    new Promise((resolve) => (process.send ? process.send(m, () => resolve()) : (console.log(m), resolve())));
  main()
    .then((value) => send({ ok: true, value }))
    .catch((e: unknown) =>
      send({ ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
    )
    .finally(() => process.exit(0));
}

/** Peak resident set size of this process so far (threads included), in MB. */
export const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;
