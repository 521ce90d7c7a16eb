import { basename, resolve } from 'node:path';
import type { CliCommand } from '../types';
import { str } from '../args';
import { nodeFiles } from '../../adapters/node-files';
import { writeWorkbookFile } from '../../services/workbook-files';
import { createFromTemplate, isTemplateName, templateNames } from '../../../shared/workbook/templates';

/** `pacto new`: writes a new workbook from a template, so scripts and tests can start from one. */
export const newCommand: CliCommand = {
  name: 'new',
  options: {
    template: { type: 'string', short: 't', arg: 'name' },
    out: { type: 'string', short: 'o', arg: 'workbook' },
    force: { type: 'boolean', short: 'f' },
  },
  async run(values, { io, t, lang, usage, fail }) {
    const template = str(values.template) ?? 'b2b';
    const out = str(values.out);
    if (!isTemplateName(template))
      return usage(t('workbook:cli.unknownTemplate', { template, names: templateNames.join(', ') }));
    if (!out) return usage(t('workbook:cli.missingOut'));
    const path = resolve(io.cwd, out);
    if (!values.force && (await nodeFiles.exists(path)))
      return fail(t('workbook:cli.exists', { file: basename(path) }));
    const now = new Date();
    await writeWorkbookFile(nodeFiles, path, createFromTemplate(template, lang, now), now);
    io.stdout(t('workbook:cli.created', { file: basename(path), template, lang }) + '\n');
    return 0;
  },
};
