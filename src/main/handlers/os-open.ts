import { basename } from 'node:path';
import type { HandlerContext } from './types';

/**
 * The OS hands over a workbook (double-click, a second instance) while the window runs. Nothing is
 * replaced here: the renderer is told the file's name, asks before unsaved edits would be lost, and
 * answers with `openFromOs` — which opens this path or lets it go.
 */
export function offerOsOpen(path: string, { session, emit }: HandlerContext): void {
  session.osOpenPath = path;
  emit('file:osOpen', { fileName: basename(path) });
}
