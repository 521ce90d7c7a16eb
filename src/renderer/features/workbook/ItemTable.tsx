import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from 'immer';
import { updateWorkbook } from '../../state/workbook-store';
import type { Workbook } from '../../../shared/workbook/schema';
import { EditTable, type EditColumn } from '../../components/EditTable';
import { byId, removeById } from './edits';
import { NumberField, SelectField, TextField } from './fields';

type Item = { id: string };
/** The keys of T whose values are of type V. */
type KeysOf<T, V> = { [K in keyof T]-?: T[K] extends V ? K : never }[keyof T] & string;

interface FieldColumn<T> {
  header: string;
  /** Class of the column's cells (`wide` for free text). */
  className?: string;
  /** Drawn under the field, e.g. the item's own issues. */
  after?: (item: T) => ReactNode;
}

/**
 * A column of an item table, as data. Text fields merge keystrokes into one undo step per item and
 * field; selects and numbers do too unless `coalesce: false` (each change its own undo step).
 */
export type ItemColumn<T> =
  | (FieldColumn<T> & {
      kind: 'text';
      field: KeysOf<T, string>;
      /** Show the field's issues inline. */ issues?: boolean;
    })
  | (FieldColumn<T> & {
      kind: 'select';
      field: KeysOf<T, string>;
      /** The field's values: a select writes only one of these. */
      options: readonly { value: string; label: string }[];
      coalesce?: false;
    })
  | (FieldColumn<T> & {
      kind: 'number';
      field: KeysOf<T, number>;
      minValue?: number;
      maxValue?: number;
      coalesce?: false;
    })
  | { kind: 'cell'; key: string; header: ReactNode; cell: (item: T) => ReactNode; className?: string };

/**
 * An editable table of one list of the workbook (`list`): a field per column bound to the item, each
 * edit one `updateWorkbook` step coalesced under `${coalesce}:${id}:${field}`, and a remove button.
 */
export function ItemTable<T extends Item>({
  items,
  list,
  coalesce,
  columns,
  remove = (d, item) => removeById(list(d), item.id),
  removeName,
  rowTestId,
  className,
}: {
  items: readonly T[];
  list: (d: Draft<Workbook>) => Draft<T>[];
  coalesce: string;
  columns: readonly ItemColumn<T>[];
  /** What removing an item does; by default it leaves the list. */
  remove?: (d: Draft<Workbook>, item: T) => void;
  /** The item's name, for the remove button's accessible name. */
  removeName?: (item: T) => string;
  rowTestId?: (item: T) => string;
  className?: string;
}) {
  const { t } = useTranslation('workbook');
  const set = (item: T, field: string, value: unknown, merge = true) =>
    updateWorkbook(
      (d) => {
        const x = byId(list(d), item.id);
        if (x) (x as Record<string, unknown>)[field] = value;
      },
      merge ? { coalesce: `${coalesce}:${item.id}:${field}` } : {},
    );
  return (
    <EditTable
      items={items}
      columns={columns.map((c) => toEditColumn(c, set))}
      rowKey={(item) => item.id}
      rowTestId={rowTestId}
      className={className}
      remove={{
        text: t('actions.remove'),
        name: removeName,
        onRemove: (item) => updateWorkbook((d) => remove(d, item)),
      }}
    />
  );
}

function toEditColumn<T extends Item>(
  c: ItemColumn<T>,
  set: (item: T, field: string, value: unknown, merge?: boolean) => void,
): EditColumn<T> {
  if (c.kind === 'cell') return c;
  // Every field of a table is compact and labelled with its column's header.
  const shown = { className: 'compact', label: c.header };
  const merge = c.kind === 'text' || c.coalesce !== false;
  const field = (item: T): ReactNode => {
    switch (c.kind) {
      case 'text':
        return (
          <TextField
            {...shown}
            value={item[c.field] as string}
            at={c.issues ? { itemId: item.id, field: c.field } : undefined}
            onChange={(v) => set(item, c.field, v)}
          />
        );
      case 'select':
        return (
          <SelectField
            {...shown}
            value={item[c.field] as string}
            options={c.options}
            onChange={(v) => set(item, c.field, v, merge)}
          />
        );
      case 'number':
        return (
          <NumberField
            {...shown}
            value={item[c.field] as number}
            minValue={c.minValue}
            maxValue={c.maxValue}
            onChange={(v) => v !== null && set(item, c.field, v, merge)}
          />
        );
    }
  };
  return {
    key: c.field,
    header: c.header,
    className: c.className ?? (c.kind === 'number' ? 'num' : undefined),
    cell: (item) => (
      <>
        {field(item)}
        {c.after?.(item)}
      </>
    ),
  };
}

/** The button under a list that appends a new item (one undo step). */
export function AddItemButton<T>({
  label,
  list,
  item,
}: {
  label: string;
  list: (d: Draft<Workbook>) => Draft<T>[];
  item: () => Draft<T>;
}) {
  return (
    <button type="button" onClick={() => updateWorkbook((d) => void list(d).push(item()))}>
      {label}
    </button>
  );
}
