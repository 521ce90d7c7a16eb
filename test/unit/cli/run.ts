import { main } from '../../../src/main/cli/index';
import type { CliIo } from '../../../src/main/cli/types';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `pacto <args>` in-process with captured output; no $LANG unless given (English). */
export async function pacto(
  args: string[],
  opts: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<CliRun> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
    cwd: opts.cwd ?? process.cwd(),
    env: opts.env ?? {},
  };
  const code = await main(args, io);
  return { code, out, err };
}
