import {
  createContext,
  useContext,
  useEffect,
  useEffectEvent,
  useRef,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import { uiStore, useUi } from '../../state/ui-store';
import { undo, useCanUndo } from '../../state/workbook-store';
import { togglePresentation } from '../../shell/commands';
import { deckMove, isEditToggle, moveTo, slideFontSize, type FocusKind } from './deck';
import './slides.css';

/** One screen of a presentation. */
export interface Slide {
  /** Stable id: the deck remembers the slide on screen by it (tests find it as `data-slide`). */
  id: string;
  title: string;
  /** A short line above the title: where the slide sits, e.g. "Commitments · 3 of 8". */
  kicker?: string;
  /** The read-only slide. */
  body: () => ReactNode;
  /** The slide when the facilitator makes it editable (E); slides without it stay read-only. */
  edit?: () => ReactNode;
}

/** The slide on screen per deck, kept by id across screens and re-renders. */
const positions = create<Record<string, string>>()(() => ({}));

/** Puts a slide on screen (e.g. the one for the section being edited when presentation starts). */
export const showSlide = (deck: string, slideId: string): void => positions.setState({ [deck]: slideId });
/** The id of the slide on screen in a deck, if it was ever paged. */
export const slideOnScreen = (deck: string): string | undefined => positions.getState()[deck];

/** The body type size of the deck on screen (px), for content drawn on canvas (charts). */
export const DeckScale = createContext<number | null>(null);
export const useDeckScale = (): number | null => useContext(DeckScale);

const subscribeResize = (cb: () => void) => {
  window.addEventListener('resize', cb);
  return () => window.removeEventListener('resize', cb);
};
const useFontSize = () =>
  useSyncExternalStore(subscribeResize, () => slideFontSize(window.innerWidth, window.innerHeight));

const FIELD_ROLES = ['slider', 'tab', 'radio', 'spinbutton', 'combobox', 'listbox', 'option', 'textbox'];
const CONTROL_INPUTS = ['checkbox', 'button', 'submit', 'reset'];

function focusKind(target: EventTarget | null): FocusKind {
  if (!(target instanceof HTMLElement)) return 'none';
  if (target instanceof HTMLInputElement && CONTROL_INPUTS.includes(target.type)) return 'control';
  if (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return 'field';
  if (FIELD_ROLES.includes(target.getAttribute('role') ?? '')) return 'field';
  if (target.closest('button, a[href], summary, [role="button"]')) return 'control';
  return 'none';
}

/**
 * Presentation mode's view of a screen: one slide at a time in type that scales with the screen,
 * read-only unless the facilitator makes the current slide editable (E, or the button; Esc ends it,
 * Ctrl+Z undoes). PageDown / PageUp, the arrows and Space page; Home / End jump; the bar shows "3 / 12".
 */
export function SlideDeck({
  deck,
  label,
  slides,
}: {
  deck: string;
  label: string;
  slides: readonly Slide[];
}) {
  const { t } = useTranslation();
  const fontSize = useFontSize();
  const editing = useUi((u) => u.slideEditing);
  const canUndo = useCanUndo();
  const remembered = positions((p) => p[deck]);
  const found = slides.findIndex((s) => s.id === remembered);
  const index = found >= 0 ? found : 0;
  const slide = slides[index];
  const section = useRef<HTMLElement>(null);
  const editable = slide?.edit !== undefined;

  const go = (i: number) => {
    const next = slides[i];
    if (!next || i === index) return;
    positions.setState({ [deck]: next.id });
    uiStore.setState({ slideEditing: false });
  };
  const toggleEditing = () => {
    if (editable) uiStore.setState({ slideEditing: !editing });
  };

  // Keys are read on the window so they work wherever the focus is.
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.defaultPrevented) return;
    const focus = focusKind(e.target);
    const move = deckMove(e, focus);
    if (move) {
      e.preventDefault();
      go(moveTo(index, slides.length, move));
    } else if (isEditToggle(e, focus) && editable) {
      e.preventDefault();
      toggleEditing();
    }
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  // A new slide takes the focus (a screen reader reads it); an unlocked slide gives it to its first field.
  const slideId = slide?.id;
  useEffect(() => {
    const root = section.current;
    if (!root) return;
    const first = editing
      ? root.querySelector<HTMLElement>(
          '.slide-body input, .slide-body select, .slide-body textarea, .slide-body button',
        )
      : null;
    (first ?? root).focus({ preventScroll: true });
  }, [slideId, editing]);

  if (!slide) return null;
  return (
    <DeckScale.Provider value={fontSize}>
      <div className="deck" style={{ fontSize }} data-testid="slide-deck" data-editing={editing || undefined}>
        <section
          ref={section}
          className="slide"
          data-slide={slide.id}
          aria-roledescription={t('presentation.slide')}
          aria-labelledby="slide-title"
          tabIndex={-1}
        >
          <header className="slide-head">
            {slide.kicker && <p className="slide-kicker">{slide.kicker}</p>}
            <h1 id="slide-title">{slide.title}</h1>
          </header>
          <div className="slide-body">{editing && slide.edit ? slide.edit() : slide.body()}</div>
        </section>
        <footer className="deck-bar">
          <span className="deck-label">{label}</span>
          {editable && (
            <button
              type="button"
              className={editing ? 'deck-edit on' : 'deck-edit'}
              aria-pressed={editing}
              aria-keyshortcuts="E"
              onClick={toggleEditing}
              data-testid="slide-edit"
            >
              {editing ? t('presentation.editing') : t('presentation.edit')} <kbd>E</kbd>
            </button>
          )}
          {editing && (
            <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
              {t('actions.undo')}
            </button>
          )}
          <nav className="deck-nav" aria-label={t('presentation.slides')}>
            <button
              type="button"
              onClick={() => go(index - 1)}
              disabled={index === 0}
              aria-label={t('presentation.previous')}
              aria-keyshortcuts="PageUp"
            >
              ←
            </button>
            <span className="deck-position" data-testid="slide-position" aria-live="polite">
              {t('presentation.position', { n: index + 1, total: slides.length })}
            </span>
            <button
              type="button"
              onClick={() => go(index + 1)}
              disabled={index === slides.length - 1}
              aria-label={t('presentation.next')}
              aria-keyshortcuts="PageDown"
            >
              →
            </button>
          </nav>
          <button type="button" onClick={togglePresentation} aria-keyshortcuts="Escape">
            {t('actions.exitPresentation')} <kbd>Esc</kbd>
          </button>
        </footer>
      </div>
    </DeckScale.Provider>
  );
}
