import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Options } from '../../components/Options';

/** A table of `SelectRow`s, under a caption and column headers when given. */
export function MappingTable({
  className = 'import-mapping',
  caption,
  columns,
  children,
}: {
  className?: string;
  caption?: string;
  columns?: readonly [string, string];
  children: ReactNode;
}) {
  return (
    <table className={className}>
      {caption !== undefined && <caption>{caption}</caption>}
      {columns && (
        <thead>
          <tr>
            <th scope="col">{columns[0]}</th>
            <th scope="col">{columns[1]}</th>
          </tr>
        </thead>
      )}
      <tbody>{children}</tbody>
    </table>
  );
}

/**
 * A row of the wizard's mapping tables: what is being mapped, labelled in the row header, and the
 * select that answers it (with a first "none" option when `none` is given).
 */
export function SelectRow({
  id,
  label,
  value,
  none,
  options,
  onChange,
  disabled,
}: {
  id: string;
  label: string;
  value: string;
  none?: string;
  options: readonly { value: string; label: string }[];
  onChange(value: string): void;
  disabled: boolean;
}) {
  return (
    <tr>
      <th scope="row">
        <label htmlFor={id}>{label}</label>
      </th>
      <td>
        <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
          <Options options={options} none={none} />
        </select>
      </td>
    </tr>
  );
}

/** Takes a chosen file out of the wizard. */
export function RemoveFileButton({ disabled, onRemove }: { disabled: boolean; onRemove(): void }) {
  const { t } = useTranslation('import');
  return (
    <button type="button" className="link" disabled={disabled} onClick={onRemove}>
      {t('files.remove')}
    </button>
  );
}
