import { parseArgs } from 'node:util';
import type { CliCommand, CliIo } from './types';
import { measureCommand } from './commands/measure';
import { newCommand } from './commands/new';
import { planCommand } from './commands/plan';
import { exportCommand } from './commands/export';
import { createI18n, languageFromLocale } from '../../shared/i18n';

/**
 * The `pacto` command line: the same services as the app, for scripted monthly reports.
 * A subcommand is a module in ./commands listed here.
 */
export const commands: CliCommand[] = [newCommand, planCommand, measureCommand, exportCommand];

const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
};

function help(): string {
  const lines = ['Usage: pacto <command> [options]', '', 'Commands:'];
  for (const c of commands) lines.push(`  ${c.name.padEnd(10)} ${c.summary}`, `             ${c.usage}`);
  lines.push('', 'Run `pacto <command> --help` for its options.');
  return lines.join('\n') + '\n';
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    io.stdout(help());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`pacto: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  let values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: 'boolean', short: 'h' }, lang: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    io.stderr(`pacto ${name}: ${e instanceof Error ? e.message : String(e)}\nUsage: ${command.usage}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout(`${command.summary}\nUsage: ${command.usage}\n`);
    return 0;
  }
  const langOpt = typeof values.lang === 'string' ? values.lang : undefined;
  const lang =
    langOpt === 'es' || langOpt === 'en' ? langOpt : languageFromLocale(io.env.LC_ALL ?? io.env.LANG);
  try {
    return await command.run(values, { io, t: createI18n(lang).t, lang });
  } catch (e) {
    io.stderr(`pacto ${name}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
