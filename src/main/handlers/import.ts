import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Ports } from '../ports';
import type { HandlerSlice, Session } from './types';
import type { ImportSource, importChannels } from '../../shared/ipc/import';
import { fail, ok } from '../../shared/errors/result';
import { ImportError } from '../../shared/import/errors';
import type { FieldMapping, ImportRequest } from '../../shared/import/types';
import { newId } from '../../shared/workbook/ids';
import { importSources } from '../import/import-sources';
import { sniffFile } from '../import/run-import';
import { importState } from '../import/session-imports';

const CSV_FILTERS = [
  { name: 'CSV / Excel', extensions: ['csv', 'txt', 'tsv', 'xlsx'] },
  { name: '*', extensions: ['*'] },
];

/**
 * The import wizard's channels. Paths come only from the open dialog or a drop (via the preload) and
 * stay in main as `session.grantedPaths`; the renderer refers to files by token.
 */
export function createImportHandlers(
  ports: Ports,
  runner: typeof importSources = importSources,
): HandlerSlice<keyof typeof importChannels> {
  const grant = async (session: Session, paths: string[]): Promise<ImportSource[]> => {
    const out: ImportSource[] = [];
    for (const path of paths.slice(0, 2)) {
      const token = newId();
      session.grantedPaths.set(token, path);
      const name = basename(path);
      const size = await stat(path).then(
        (s) => s.size,
        () => 0,
      );
      const sniffed = await sniffFile(path, { name });
      out.push(
        sniffed.ok
          ? { token, name, size, sniff: sniffed.value, error: null }
          : { token, name, size, sniff: null, error: sniffed.error },
      );
    }
    return out;
  };

  return {
    async importChooseFiles(_input, { session }) {
      const paths = await ports.dialogs.openFiles({ title: 'Pacto', filters: CSV_FILTERS, multiple: true });
      if (!paths || paths.length === 0) return ok(null);
      return ok(await grant(session, paths));
    },

    async importTakeDropped(_input, { session }) {
      const state = importState(session);
      const paths = state.dropped.splice(0);
      return ok(await grant(session, paths));
    },

    async importSniffSheet(input, { session }) {
      const path = session.grantedPaths.get(input.token);
      if (!path) return fail(ImportError.badSource, { index: 0 });
      return sniffFile(path, { name: basename(path), sheet: input.sheet });
    },

    async importRun(input, { session, emit }) {
      const state = importState(session);
      if (state.running) state.running.abort();
      const paths: string[] = [];
      for (const token of input.tokens) {
        const path = session.grantedPaths.get(token);
        if (!path) return fail(ImportError.badSource, { index: input.tokens.indexOf(token) });
        paths.push(path);
      }
      const activities: NonNullable<ImportRequest['activities']> = [];
      for (const [i, a] of (input.activities ?? []).entries()) {
        const path = session.grantedPaths.get(a.token);
        if (!path) return fail(ImportError.badSource, { index: input.tokens.length + i });
        activities.push({
          path,
          mapping: a.mapping as FieldMapping,
          ...(a.sheet ? { sheet: a.sheet } : {}),
          ...(a.channel ? { channel: a.channel } : {}),
        });
      }
      const controller = new AbortController();
      state.running = controller;
      try {
        const result = await runner(
          {
            sources: paths.map((path, i) => {
              const sheet = input.sheets?.[input.tokens[i]!];
              return sheet ? { path, sheet } : { path };
            }),
            ...(input.join ? { join: input.join } : {}),
            mapping: input.mapping as FieldMapping,
            timeZone: input.timeZone,
            ...(input.dateOrder ? { dateOrder: input.dateOrder } : {}),
            ...(input.asOf ? { asOf: input.asOf } : {}),
            ...(input.stageValues ? { stageValues: input.stageValues } : {}),
            ...(activities.length ? { activities } : {}),
          },
          { signal: controller.signal, onProgress: (p) => emit('import:progress', p) },
        );
        if (!result.ok) return result;
        const id = newId();
        state.last = { id, outcome: result.value };
        const { records, report, files } = result.value;
        return ok({
          importId: id,
          size: records.size,
          asOf: new Date(records.asOf).toISOString(),
          report,
          files,
        });
      } finally {
        if (state.running === controller) state.running = null;
      }
    },

    async importCancel(_input, { session }) {
      importState(session).running?.abort();
      return ok(null);
    },
  };
}
