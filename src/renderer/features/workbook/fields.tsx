import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberInput, type NumberInputProps } from '../../components/NumberInput';
import { Options } from '../../components/Options';
import { DateInput, type DateInputProps } from '../../components/DateInput';
import { TimeInput, type TimeInputProps } from '../../components/TimeInput';
import type { AgreementStatus } from '../../../shared/workbook/schema';
import { IssueNotes, useIssues, useIssueText, type At } from './issues';

interface TextProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  at?: At;
  multiline?: boolean;
  className?: string;
  list?: string;
}

/**
 * A labelled text field with its inline issues. Plain text is a one-line text area that wraps (and grows)
 * when the text is longer than its box, so a long title is read whole; Enter does not add a line to it.
 * A field with suggestions (`list`) stays an input.
 */
export function TextField({ label, value, onChange, at, multiline, className, list }: TextProps) {
  const id = useId();
  const issues = useIssues(at);
  const invalid = issues.length > 0;
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} value={value} aria-invalid={invalid} onChange={(e) => onChange(e.target.value)} />
      ) : !list ? (
        <textarea
          id={id}
          className="one-line"
          rows={1}
          value={value}
          aria-invalid={invalid}
          aria-multiline={false}
          onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
          onChange={(e) => onChange(e.target.value.replace(/\r?\n/g, ' '))}
        />
      ) : (
        <input
          id={id}
          value={value}
          list={list}
          aria-invalid={invalid}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      <IssueNotes issues={issues} />
    </div>
  );
}

interface SelectProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  at?: At;
  className?: string;
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  at,
  className,
}: SelectProps<T>) {
  const id = useId();
  const issues = useIssues(at);
  // A value that is not among the options (a deleted stage or team) stays visible, flagged by the issue.
  const known = options.some((o) => o.value === value);
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={issues.length > 0}
        onChange={(e) => onChange(e.target.value as T)}
      >
        {!known && <option value={value}>?</option>}
        <Options options={options} />
      </select>
      <IssueNotes issues={issues} />
    </div>
  );
}

/** NumberInput with the issue of `at` (if any) shown inline. */
export function NumberField(props: Omit<NumberInputProps, 'issue'> & { at?: At }) {
  const issues = useIssues(props.at);
  const text = useIssueText();
  const { at: _at, ...rest } = props;
  return <NumberInput {...rest} issue={issues[0] ? text(issues[0]) : undefined} />;
}

/** DateInput ("YYYY-MM-DD") with the issue of `at` (if any) shown inline. */
export function DateField({ at, ...rest }: Omit<DateInputProps, 'issue'> & { at?: At }) {
  const issues = useIssues(at);
  const text = useIssueText();
  return <DateInput {...rest} issue={issues[0] ? text(issues[0]) : undefined} />;
}

/** TimeInput ("HH:mm") with the issue of `at` (if any) shown inline. */
export function TimeField({ at, ...rest }: Omit<TimeInputProps, 'issue'> & { at?: At }) {
  const issues = useIssues(at);
  const text = useIssueText();
  return <TimeInput {...rest} issue={issues[0] ? text(issues[0]) : undefined} />;
}

const STATUSES: AgreementStatus[] = ['draft', 'proposed', 'agreed', 'disputed'];

/** Workshop status as a row of toggle buttons, large enough to press on a projected screen. */
export function StatusPicker({
  value,
  onChange,
}: {
  value: AgreementStatus;
  onChange: (s: AgreementStatus) => void;
}) {
  const { t } = useTranslation('workbook');
  return (
    <div className="status-picker" role="group" aria-label={t('status.label')}>
      {STATUSES.map((s) => (
        <button
          key={s}
          type="button"
          className={`status status-${s}`}
          aria-pressed={value === s}
          onClick={() => value !== s && onChange(s)}
        >
          {value === s && <span aria-hidden="true">✓ </span>}
          {t(`status.${s}`)}
        </button>
      ))}
    </div>
  );
}

/**
 * A card for one item of a list, with its own issues (those not tied to a field) and actions. The actions
 * (move, remove) come after the fields, in the card's footer: Tab reaches the item's first field first.
 */
export function ItemCard({
  title,
  actions,
  children,
  at,
  testId,
}: {
  title: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  at?: At;
  testId?: string;
}) {
  const issues = useIssues(at ? { itemId: at.itemId } : undefined);
  return (
    <article className="item-card" data-testid={testId}>
      <header>
        {/* The cards sit right under the section's h1: their titles are the next level. */}
        <h2 className="item-card-title">{title}</h2>
      </header>
      <IssueNotes issues={issues} />
      {children}
      {actions && <footer className="item-actions">{actions}</footer>}
    </article>
  );
}

/** Move up / move down / remove buttons for an item of an ordered list. */
export function ListActions({
  index,
  count,
  onMove,
  onRemove,
  name,
  removeDisabled,
}: {
  index: number;
  count: number;
  onMove?: (from: number, to: number) => void;
  onRemove: () => void;
  name: string;
  removeDisabled?: boolean;
}) {
  const { t } = useTranslation('workbook');
  return (
    <>
      {onMove && (
        <>
          <button
            type="button"
            disabled={index === 0}
            onClick={() => onMove(index, index - 1)}
            aria-label={`${t('actions.moveUp')}: ${name}`}
          >
            ↑
          </button>
          <button
            type="button"
            disabled={index === count - 1}
            onClick={() => onMove(index, index + 1)}
            aria-label={`${t('actions.moveDown')}: ${name}`}
          >
            ↓
          </button>
        </>
      )}
      <button
        type="button"
        className="danger"
        disabled={removeDisabled}
        onClick={onRemove}
        aria-label={`${t('actions.remove')}: ${name}`}
      >
        {t('actions.remove')}
      </button>
    </>
  );
}
