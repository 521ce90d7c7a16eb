import { basename, resolve } from 'node:path';
import type { CliCommand } from '../types';
import { nodeFiles } from '../../adapters/node-files';
import { writeWorkbookFile } from '../../services/workbook-files';
import { createFromTemplate, isTemplateName, templateNames } from '../../../shared/workbook/templates';
import { AppFailure } from '../../../shared/errors/result';
import { errorMessage } from '../../../shared/i18n';

/** `pacto new`: writes a new workbook from a template, so scripts and tests can start from one. */
export const newCommand: CliCommand = {
  name: 'new',
  summary: 'Create a workbook from a template (b2b example or blank).',
  usage: `pacto new --template <${templateNames.join('|')}> --lang <es|en> --out <file.pacto> [--force]`,
  options: {
    template: { type: 'string', short: 't', default: 'b2b' },
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean', default: false },
  },
  async run(values, { io, t, lang }) {
    if (typeof values.lang === 'string' && values.lang !== 'es' && values.lang !== 'en') {
      io.stderr(t('workbook:cli.unknownLang', { lang: values.lang }) + '\n');
      return 2;
    }
    const template = String(values.template);
    const out = typeof values.out === 'string' ? values.out : '';
    if (!isTemplateName(template)) {
      io.stderr(t('workbook:cli.unknownTemplate', { template, names: templateNames.join(', ') }) + '\n');
      return 2;
    }
    if (!out) {
      io.stderr(t('workbook:cli.missingOut') + '\n');
      return 2;
    }
    const path = resolve(io.cwd, out);
    if (!values.force && (await nodeFiles.exists(path))) {
      io.stderr(t('workbook:cli.exists', { file: basename(path) }) + '\n');
      return 1;
    }
    const now = new Date();
    try {
      await writeWorkbookFile(nodeFiles, path, createFromTemplate(template, lang, now), now);
    } catch (e) {
      if (e instanceof AppFailure) {
        io.stderr(errorMessage(t, e.toError()) + '\n');
        return 1;
      }
      throw e;
    }
    io.stdout(t('workbook:cli.created', { file: basename(path), template, lang }) + '\n');
    return 0;
  },
};
