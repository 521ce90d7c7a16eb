import { parseArgs } from 'node:util';
import { languageFromLocale } from '../../shared/i18n';
import type { CliOption, CliValues } from './types';

/** Options every subcommand takes. */
export const COMMON_OPTIONS: Record<string, CliOption> = {
  lang: { type: 'string', short: 'l', arg: 'lang' },
  help: { type: 'boolean', short: 'h' },
};

export type Language = 'es' | 'en';
export const isLanguage = (v: unknown): v is Language => v === 'es' || v === 'en';

/**
 * The language of the messages: --lang/-l when it names one (looked up before the arguments are
 * parsed, so even a parse error speaks it), else the POSIX locale variables in their order of
 * precedence, else English.
 */
export function cliLanguage(argv: readonly string[], env: Record<string, string | undefined>): Language {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = a === '--lang' || a === '-l' ? argv[i + 1] : /^(?:--lang=|-l)(.+)$/.exec(a)?.[1];
    if (isLanguage(value)) return value;
  }
  return languageFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/** Why a command line was refused: a `cli:errors.*` key and its parameters. */
export interface ArgsError {
  key: string;
  params: Record<string, string>;
}

/**
 * Parses a subcommand's arguments. Node's parser runs non-strict and the tokens are checked here, so
 * every refusal is a translated message naming the option (and the closest known one).
 */
export function parseCommandArgs(
  args: readonly string[],
  options: Record<string, CliOption>,
): { ok: true; values: CliValues } | { ok: false; error: ArgsError } {
  const all = { ...options, ...COMMON_OPTIONS };
  const { values, tokens } = parseArgs({
    args: [...args],
    options: all,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const known = Object.entries(all).flatMap(([name, o]) => [
    `--${name}`,
    ...(o.short ? [`-${o.short}`] : []),
  ]);
  for (const token of tokens) {
    if (token.kind === 'positional') {
      return { ok: false, error: { key: 'unexpected', params: { arg: token.value } } };
    }
    if (token.kind !== 'option') continue;
    const option = all[token.name];
    if (!option) {
      const near = closest(token.rawName, known);
      return {
        ok: false,
        error: {
          key: near ? 'unknownOptionNear' : 'unknownOption',
          params: { option: token.rawName, near: near ?? '' },
        },
      };
    }
    const shown = option.short ? `-${option.short}, --${token.name}` : `--${token.name}`;
    if (option.type === 'boolean' && token.value !== undefined) {
      return { ok: false, error: { key: 'noValue', params: { option: shown } } };
    }
    // A value that looks like an option was most likely the next option, not this one's value.
    if (
      option.type === 'string' &&
      (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))
    ) {
      return { ok: false, error: { key: 'missingValue', params: { option: shown } } };
    }
  }
  return { ok: true, values: values as CliValues };
}

/** The known option nearest to a mistyped one (edit distance ≤ 2), e.g. --presets → --preset. */
function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    if (c.length < 3) continue;
    const d = editDistance(word, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/** The strings given for an option (a `multiple` option's list, or the one value). */
export const strings = (v: CliValues[string]): string[] =>
  Array.isArray(v) ? v.filter((s) => s !== '') : typeof v === 'string' && v !== '' ? [v] : [];

/** An option's value when given and not empty. */
export const str = (v: CliValues[string]): string | undefined => strings(v).at(-1);
