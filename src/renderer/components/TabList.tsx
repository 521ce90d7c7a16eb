import type { KeyboardEvent, ReactNode } from 'react';

/**
 * A row of tabs (WAI-ARIA tabs pattern): one Tab stop, the selected tab; ← → move and select, Home and End
 * go to the ends. Made by hand: react-aria's Tabs inject a <style> element that the app's CSP refuses.
 */
export function TabList<T extends string>({
  ids,
  selected,
  onSelect,
  label,
  idOf,
  panelOf,
  children,
  tabLabel,
  className,
}: {
  ids: readonly T[];
  selected: T;
  onSelect: (id: T) => void;
  /** The tab list's accessible name. */
  label: string;
  /** The DOM id of a tab (the panel is labelled by it). */
  idOf: (id: T) => string;
  /** The DOM id of the panel a tab controls. */
  panelOf: (id: T) => string;
  /** A tab's content. */
  children: (id: T) => ReactNode;
  /** A tab's accessible name, when its content is short for it (it should contain the visible words). */
  tabLabel?: (id: T) => string;
  className?: string;
}) {
  const onKey = (e: KeyboardEvent) => {
    const i = ids.indexOf(selected);
    const to =
      e.key === 'ArrowRight'
        ? (i + 1) % ids.length
        : e.key === 'ArrowLeft'
          ? (i - 1 + ids.length) % ids.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? ids.length - 1
              : -1;
    const next = ids[to];
    if (next === undefined) return;
    e.preventDefault();
    onSelect(next);
    document.getElementById(idOf(next))?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={className} onKeyDown={onKey}>
      {ids.map((id) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={idOf(id)}
          aria-selected={id === selected}
          aria-controls={panelOf(id)}
          aria-label={tabLabel?.(id)}
          tabIndex={id === selected ? 0 : -1}
          data-selected={id === selected ? '' : undefined}
          className={id === selected ? 'active' : undefined}
          onClick={() => onSelect(id)}
        >
          {children(id)}
        </button>
      ))}
    </div>
  );
}
