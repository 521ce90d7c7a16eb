import type { ParseArgsConfig } from 'node:util';
import type { i18n } from 'i18next';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
}

export interface CliContext {
  io: CliIo;
  /** Messages in the user's language (--lang, else $LANG). */
  t: i18n['t'];
  lang: 'es' | 'en';
}

/** One `pacto <name>` subcommand. Exit codes: 0 done, 1 failed, 2 bad usage. */
export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(
    values: Record<string, string | boolean | string[] | boolean[] | undefined>,
    ctx: CliContext,
  ): Promise<number>;
}
