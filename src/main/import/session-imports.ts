import type { Session } from '../handlers/types';
import type { ImportOutcome } from '../../shared/import/types';

/**
 * Per-window import state in main: files dropped but not yet taken by the wizard, the running import's
 * abort controller, and the last import's records (kept here, not sent to the renderer: a million
 * records are tens of megabytes; the compliance step reads them with `importedRecords`).
 */
interface ImportState {
  dropped: string[];
  running: AbortController | null;
  last: { id: string; outcome: ImportOutcome } | null;
}
const states = new WeakMap<Session, ImportState>();

export function importState(session: Session): ImportState {
  let s = states.get(session);
  if (!s) {
    s = { dropped: [], running: null, last: null };
    states.set(session, s);
  }
  return s;
}

/** Called by the Electron layer with the paths of files dropped on the window (from the preload). */
export function acceptDroppedPaths(session: Session, paths: string[]): void {
  // A new drop replaces one the wizard never took.
  importState(session).dropped = paths.filter((p) => typeof p === 'string' && p !== '');
}

/** The records of the import the renderer names, if it is still the latest one. */
export function importedRecords(session: Session, importId: string): ImportOutcome | undefined {
  const last = importState(session).last;
  return last && last.id === importId ? last.outcome : undefined;
}
