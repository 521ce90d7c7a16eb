import { basename } from 'node:path';
import type { HandlerContext } from './types';

/**
 * The OS hands over a workbook (double-click, a second instance, an argument). Nothing is replaced
 * here: the renderer is told the file's name, asks before unsaved edits would be lost, and answers with
 * `openFromOs` — which opens this path or lets it go. Before the renderer has started (nothing open
 * yet, nobody listening) the file waits for `startup`, which opens it.
 */
export function offerOsOpen(path: string, { session, emit }: HandlerContext): void {
  if (!session.started) {
    session.pendingPath = path;
    return;
  }
  session.osOpenPath = path;
  emit('file:osOpen', { fileName: basename(path) });
}
