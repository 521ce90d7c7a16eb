/**
 * The rules of a slide deck, kept apart from React so they can be unit-tested: which key moves where,
 * and how large the type is on a screen of a given size.
 */

export type DeckMove = 'next' | 'previous' | 'first' | 'last';

/** Where the keyboard focus is: in a field (keys edit it), on a button or link (Space presses it), elsewhere. */
export type FocusKind = 'field' | 'control' | 'none';

export interface KeyLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/**
 * The move a key asks for. Page keys always page (they are what a presenter's clicker sends); arrows,
 * Home and End page unless a field has them; Space pages (Shift+Space back) unless it would type or
 * press a button.
 */
export function deckMove(e: KeyLike, focus: FocusKind): DeckMove | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case 'PageDown':
      return 'next';
    case 'PageUp':
      return 'previous';
    case 'ArrowRight':
    case 'ArrowDown':
      return focus === 'field' ? null : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
      return focus === 'field' ? null : 'previous';
    case 'Home':
      return focus === 'field' ? null : 'first';
    case 'End':
      return focus === 'field' ? null : 'last';
    case ' ':
      return focus === 'none' ? (e.shiftKey ? 'previous' : 'next') : null;
    default:
      return null;
  }
}

/** E switches the slide on screen between read-only and editable (never while typing in a field). */
export const isEditToggle = (e: KeyLike, focus: FocusKind): boolean =>
  !e.ctrlKey && !e.metaKey && !e.altKey && focus !== 'field' && (e.key === 'e' || e.key === 'E');

/** The slide index a move leads to, within 0 … count − 1. */
export function moveTo(index: number, count: number, move: DeckMove): number {
  const last = Math.max(0, count - 1);
  const next = move === 'next' ? index + 1 : move === 'previous' ? index - 1 : move === 'first' ? 0 : last;
  return Math.min(last, Math.max(0, next));
}

/**
 * The body type size of a slide, in px: the slide scales with the screen like a projected page (about
 * 25 px at 1366×768, 36 px at 1920×1080), so a slide that fits one screen fits every screen of its shape.
 */
export function slideFontSize(width: number, height: number): number {
  const size = Math.min(width / 54, height / 30);
  return Math.round(Math.min(40, Math.max(16, size)) * 10) / 10;
}
