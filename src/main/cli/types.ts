import type { i18n } from 'i18next';
import type { AppError } from '../../shared/errors/result';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
}

export interface CliContext {
  io: CliIo;
  /** Messages in the user's language (--lang, else $LC_ALL / $LC_MESSAGES / $LANG). */
  t: i18n['t'];
  lang: 'es' | 'en';
  /** Prints `pacto <command>: <message>` and where the help is; returns 2 (bad usage). */
  usage(message: string): number;
  /** Prints `pacto <command>: <message>` (an AppError in words); returns 1 (failed run). */
  fail(error: string | AppError): number;
}

/**
 * One option of a subcommand. Its help line is `cli:<command>.options.<name>` in the catalogs; `arg`
 * names the value there (`<file.pacto>`).
 */
export interface CliOption {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** The value's placeholder in the help, in both languages (`cli:args.<arg>`). */
  arg?: string;
}

export type CliValues = Record<string, string | boolean | string[] | undefined>;

/**
 * One `pacto <name>` subcommand. Its words — summary, usage line, option help, examples — are in the
 * `cli` catalog under its name. Exit codes: 0 done, 1 failed, 2 bad usage.
 */
export interface CliCommand {
  name: string;
  options: Record<string, CliOption>;
  run(values: CliValues, ctx: CliContext): Promise<number>;
}
