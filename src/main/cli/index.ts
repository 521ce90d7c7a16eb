import type { CliCommand, CliContext, CliIo } from './types';
import { measureCommand } from './commands/measure';
import { newCommand } from './commands/new';
import { planCommand } from './commands/plan';
import { exportCommand } from './commands/export';
import { cliLanguage, isLanguage, parseCommandArgs } from './args';
import { commandHelp, mainHelp } from './help';
import { createI18n, errorMessage } from '../../shared/i18n';
import { AppFailure } from '../../shared/errors/result';
import { version } from '../../../package.json';

/**
 * The `pacto` command line: the same services as the app, for people at a terminal and for scripts.
 * A subcommand is a module in ./commands listed here; its words are in the `cli` catalog.
 */
export const commands: CliCommand[] = [newCommand, planCommand, measureCommand, exportCommand];

const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
};

/** Exit codes, as the README documents them. */
export const EXIT = { done: 0, failed: 1, usage: 2 } as const;

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const lang = cliLanguage(argv, io.env);
  const { t } = createI18n(lang);
  // Before the command: --lang (already read above), then --help, --version or the command.
  let i = 0;
  for (;;) {
    const a = argv[i];
    const value = a === '--lang' || a === '-l' ? argv[i + 1] : a && /^(?:--lang=|-l)(.+)$/.exec(a)?.[1];
    if (value === undefined || value === '' || !a?.startsWith('-')) break;
    if (!isLanguage(value)) {
      io.stderr(`pacto: ${t('cli:errors.unknownLang', { lang: value })}\n`);
      return EXIT.usage;
    }
    i += a === '--lang' || a === '-l' ? 2 : 1;
  }
  const [name, ...rest] = argv.slice(i);
  if (name === undefined || name === '--help' || name === '-h') {
    io.stdout(mainHelp(commands, t) + '\n');
    return EXIT.done;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`pacto ${version}\n`);
    return EXIT.done;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    const names = commands.map((c) => c.name).join(', ');
    io.stderr(`pacto: ${t('cli:errors.unknownCommand', { name, names })}\n${t('cli:moreHelp')}\n`);
    return EXIT.usage;
  }
  const say = (message: string) => io.stderr(`pacto ${name}: ${message}\n`);
  const usage = (message: string): number => {
    say(`${message}\n${t('cli:commandHelp', { command: name })}`);
    return EXIT.usage;
  };
  const parsed = parseCommandArgs(rest, command.options);
  if (!parsed.ok) return usage(t(`cli:errors.${parsed.error.key}`, parsed.error.params));
  const { values } = parsed;
  if (values.help) {
    io.stdout(commandHelp(command, t) + '\n');
    return EXIT.done;
  }
  if (values.lang !== undefined && !isLanguage(values.lang))
    return usage(t('cli:errors.unknownLang', { lang: String(values.lang) }));
  const ctx: CliContext = {
    io,
    t,
    lang,
    usage,
    fail: (error) => {
      say(typeof error === 'string' ? error : errorMessage(t, error));
      return EXIT.failed;
    },
  };
  try {
    return await command.run(values, ctx);
  } catch (e) {
    if (e instanceof AppFailure) return ctx.fail(e.toError());
    say(e instanceof Error ? e.message : String(e));
    return EXIT.failed;
  }
}
