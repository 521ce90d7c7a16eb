/** A button whose action is said on it, named for screen readers with the item it acts on (`Remove: Q3`). */
export function ItemButton({
  text,
  item,
  className,
  onClick,
}: {
  text: string;
  /** The item's name; without it the button's name is its text alone. */
  item?: string;
  className?: string;
  onClick(): void;
}) {
  return (
    <button
      type="button"
      className={className}
      aria-label={item !== undefined ? `${text}: ${item}` : undefined}
      onClick={onClick}
    >
      {text}
    </button>
  );
}
