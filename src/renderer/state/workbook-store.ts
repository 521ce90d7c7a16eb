import { create, useStore } from 'zustand';
import { temporal } from 'zundo';
import { produce, type Draft } from 'immer';
import type { Workbook } from '../../shared/workbook/schema';

/**
 * The open workbook. Every edit goes through `updateWorkbook`, which makes one undo step (zundo keeps
 * the history; immer shares unchanged structure, so a step costs only what changed). Typing in one field
 * is coalesced into a single step while the keystrokes come less than COALESCE_MS apart.
 */
export const UNDO_LIMIT = 500;
const COALESCE_MS = 1500;

interface WorkbookState {
  doc: Workbook | null;
  /** The document as last saved or opened: the workbook is dirty when `doc` is a different object. */
  savedDoc: Workbook | null;
  fileName: string | null;
}

export const workbookStore = create<WorkbookState>()(
  temporal(() => ({ doc: null, savedDoc: null, fileName: null }) as WorkbookState, {
    limit: UNDO_LIMIT,
    partialize: (state) => ({ doc: state.doc }),
    equality: (past, current) => past.doc === current.doc,
  }),
);

export const useWorkbook = <T>(selector: (state: WorkbookState) => T): T => workbookStore(selector);
export const useDoc = (): Workbook | null => workbookStore((s) => s.doc);
export const isDirty = (s: WorkbookState): boolean => s.doc !== s.savedDoc;

let lastCoalesce: { key: string; at: number } | null = null;

/** Applies an edit as one undo step. `coalesce` names the field being typed into. */
export function updateWorkbook(
  recipe: (draft: Draft<Workbook>) => void,
  opts: { coalesce?: string } = {},
): void {
  const { doc } = workbookStore.getState();
  if (!doc) return;
  const next = produce(doc, recipe);
  if (next === doc) return;
  const now = Date.now();
  const history = workbookStore.temporal.getState();
  const coalescing =
    opts.coalesce !== undefined && lastCoalesce?.key === opts.coalesce && now - lastCoalesce.at < COALESCE_MS;
  if (coalescing) {
    history.pause();
    workbookStore.setState({ doc: next });
    history.resume();
  } else {
    workbookStore.setState({ doc: next });
  }
  lastCoalesce = opts.coalesce !== undefined ? { key: opts.coalesce, at: now } : null;
}

export function undo(): void {
  lastCoalesce = null;
  workbookStore.temporal.getState().undo();
}
export function redo(): void {
  lastCoalesce = null;
  workbookStore.temporal.getState().redo();
}

/** Replaces the document (new, open, recover): history starts afresh. */
export function loadWorkbook(doc: Workbook, fileName: string | null, saved = true): void {
  lastCoalesce = null;
  const history = workbookStore.temporal.getState();
  history.pause();
  workbookStore.setState({ doc, savedDoc: saved ? doc : null, fileName });
  history.clear();
  history.resume();
}

export function markSaved(doc: Workbook, fileName: string): void {
  const history = workbookStore.temporal.getState();
  history.pause();
  workbookStore.setState({ savedDoc: doc, fileName });
  history.resume();
}

export const useCanUndo = (): boolean => useStore(workbookStore.temporal, (s) => s.pastStates.length > 0);
export const useCanRedo = (): boolean => useStore(workbookStore.temporal, (s) => s.futureStates.length > 0);
