import type { i18n } from 'i18next';
import { PAPERS } from '../../shared/export/print-data';
import { PRESETS } from '../../shared/import/presets';
import { templateNames } from '../../shared/workbook/templates';
import { COMMON_OPTIONS } from './args';
import type { CliCommand } from './types';

type T = i18n['t'];

/** The fixed value sets the help and the usage errors list, from the code that defines them. */
export const choices = {
  presets: PRESETS.map((p) => p.id).join(', '),
  templates: templateNames.join(', '),
  papers: PAPERS.join(', '),
};

interface Example {
  title: string;
  command: string;
}

/** Help lines fit a terminal this wide. */
const WIDTH = 100;

/** Words of `text` in lines of at most `width` characters (a longer word keeps its own line). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

/** Two columns: the left padded to the widest entry, the right wrapped under itself. */
function columns(rows: [string, string][], indent = '  '): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  const pad = ' '.repeat(indent.length + width + 2);
  return rows.flatMap(([left, right]) =>
    wrap(right, WIDTH - pad.length).map((part, i) =>
      i === 0 ? `${indent}${left.padEnd(width)}  ${part}` : pad + part,
    ),
  );
}

/** `pacto <command> --help`: what it does, its usage, every option with its short form, examples. */
export function commandHelp(command: CliCommand, t: T): string {
  const ns = `cli:${command.name}`;
  const options = { ...command.options, ...COMMON_OPTIONS };
  const rows = Object.entries(options).map(([name, o]): [string, string] => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.arg ? ` ${t(`cli:args.${o.arg}`)}` : ''}`;
    // A common option may have words of its own in a command (--lang also picks the document's language).
    const keys =
      name in COMMON_OPTIONS ? [`${ns}.options.${name}`, `cli:common.${name}`] : [`${ns}.options.${name}`];
    return [flag, t(keys, choices)];
  });
  const examples = t(`${ns}.examples`, { returnObjects: true }) as Example[];
  return [
    `pacto ${command.name} — ${t(`${ns}.summary`)}`,
    '',
    `${t('cli:usage')}: ${t(`${ns}.usage`)}`,
    '',
    `${t('cli:options')}:`,
    ...columns(rows),
    '',
    `${t('cli:examples')}:`,
    ...examples.flatMap((e) => [`  ${e.title}`, `    ${e.command}`]),
    '',
    t('cli:exitCodes'),
  ].join('\n');
}

/** `pacto`, `pacto --help`: the commands and where to read more. */
export function mainHelp(commands: readonly CliCommand[], t: T): string {
  return [
    `pacto — ${t('cli:tagline')}`,
    '',
    `${t('cli:usage')}: pacto <${t('cli:command')}> [${t('cli:optionsWord')}]`,
    '',
    `${t('cli:commands')}:`,
    ...columns(commands.map((c): [string, string] => [c.name, t(`cli:${c.name}.summary`)])),
    '',
    `${t('cli:options')}:`,
    ...columns([
      ['-v, --version', t('cli:common.version')],
      [`-l, --lang ${t('cli:args.lang')}`, t('cli:common.lang')],
      ['-h, --help', t('cli:common.help')],
    ]),
    '',
    t('cli:moreHelp'),
    t('cli:exitCodes'),
  ].join('\n');
}
