import { useEffect } from 'react';
import { call, subscribe } from '../api';
import { isDirty, workbookStore } from '../state/workbook-store';
import { openFromOs, runCommand } from './commands';

const AUTOSAVE_DELAY_MS = 3000;

/** Keeps main informed (dirty flag for the close prompt), autosaves for crash recovery, and listens to main. */
export function useDocumentLifecycle(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastDirty = false;
    const unsubscribeStore = workbookStore.subscribe((state, prev) => {
      const dirty = isDirty(state);
      if (dirty !== lastDirty) {
        lastDirty = dirty;
        void call('setDirty', { dirty });
      }
      if (dirty && state.doc && state.doc !== prev.doc) {
        clearTimeout(timer);
        timer = setTimeout(() => {
          const { doc } = workbookStore.getState();
          if (doc && isDirty(workbookStore.getState())) void call('autosave', { doc });
        }, AUTOSAVE_DELAY_MS);
      }
    });
    const offMenu = subscribe('menu:command', ({ command }) => void runCommand(command));
    const offOpened = subscribe('file:osOpen', ({ fileName }) => void openFromOs(fileName));
    return () => {
      clearTimeout(timer);
      unsubscribeStore();
      offMenu();
      offOpened();
    };
  }, []);
}
