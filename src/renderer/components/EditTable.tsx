import type { ReactNode } from 'react';
import { ItemButton } from './ItemButton';

/** One column of an editable table: its header and how to draw its cell for an item. */
export interface EditColumn<T> {
  /** React key of the column; defaults to its position. */
  key?: string;
  header: ReactNode;
  cell: (item: T, index: number) => ReactNode;
  /** Class of the column's cells (e.g. `wide` for free text). */
  className?: string;
}

/** The remove button of each row. */
export interface RemoveAction<T> {
  /** Visible text of the button. */
  text: string;
  onRemove: (item: T, index: number) => void;
  /** The row's name, making the button's accessible name `text: name`; without it the name is `text`. */
  name?: (item: T) => string;
}

/**
 * A scrollable `table.edit-table`: a header row, one row per item with a cell per column, and a last
 * column with the row's remove button. Knows nothing of the workbook: cells bring their own fields.
 */
export function EditTable<T>({
  items,
  columns,
  rowKey,
  rowTestId,
  remove,
  className,
}: {
  items: readonly T[];
  columns: readonly EditColumn<T>[];
  rowKey: (item: T, index: number) => string | number;
  rowTestId?: (item: T) => string;
  remove: RemoveAction<T>;
  /** Extra class of the table, after `edit-table`. */
  className?: string;
}) {
  return (
    <div className="table-scroll">
      <table className={['edit-table', className].filter(Boolean).join(' ')}>
        <thead>
          <tr>
            {columns.map((c, j) => (
              <th key={c.key ?? j}>{c.header}</th>
            ))}
            <th>
              <span className="visually-hidden">{remove.text}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, i) => (
            <tr key={rowKey(item, i)} data-testid={rowTestId?.(item)}>
              {columns.map((c, j) => (
                <td key={c.key ?? j} className={c.className}>
                  {c.cell(item, i)}
                </td>
              ))}
              <td>
                <ItemButton
                  className="danger"
                  text={remove.text}
                  item={remove.name?.(item)}
                  onClick={() => remove.onRemove(item, i)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
