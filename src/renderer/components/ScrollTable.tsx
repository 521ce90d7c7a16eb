import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways (or down) inside its own box on a narrow window: the box is a named,
 * focusable region, so a keyboard can reach and scroll every row and a screen reader says what it is.
 * Named by `label`, or by the heading whose id is `labelledBy`.
 */
export function ScrollTable({
  label,
  labelledBy,
  className,
  tableClassName,
  testId,
  children,
}: {
  label?: string;
  labelledBy?: string;
  /** Extra class of the box, after `table-scroll`. */
  className?: string;
  tableClassName?: string;
  testId?: string;
  /** The table's contents: caption, column groups, head and body. */
  children: ReactNode;
}) {
  return (
    <div
      className={['table-scroll', className].filter(Boolean).join(' ')}
      role="region"
      aria-label={label}
      aria-labelledby={labelledBy}
      tabIndex={0}
    >
      <table className={tableClassName} data-testid={testId}>
        {children}
      </table>
    </div>
  );
}

/** A column header: its text, and whether the column holds figures (right-aligned, `num`). */
export interface HeadCell {
  key?: string;
  text: ReactNode;
  num?: boolean;
}

/** A table's header row; a `false` entry is a column left out (e.g. the plan's, without a plan). */
export function TableHead({ columns }: { columns: readonly (HeadCell | false)[] }) {
  return (
    <thead>
      <tr>
        {columns.map(
          (c, i) =>
            c && (
              <th key={c.key ?? i} scope="col" className={c.num ? 'num' : undefined}>
                {c.text}
              </th>
            ),
        )}
      </tr>
    </thead>
  );
}
