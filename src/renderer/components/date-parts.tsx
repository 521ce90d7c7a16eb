import type { ReactNode } from 'react';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  FieldError,
  Group,
  Heading,
  I18nProvider,
  Label,
  Popover,
  Text,
  type DatePickerProps,
  type DateValue,
} from 'react-aria-components';
import { useUi } from '../state/ui-store';
import { LOCALES } from '../format';
import './date-fields.css';

/**
 * The pieces DateInput, TimeInput and DateTimeInput share. The fields are react-aria's: they read and
 * write dates in the language given by the I18nProvider around them (Spanish dd/mm/aaaa, English
 * mm/dd/yyyy), one segment per part, typed or stepped with the arrow keys, announced to screen readers.
 */

/** Times are written 24-hour in both languages, as the app's formatter writes them everywhere. */
export const HOUR_CYCLE = 24;

export interface FieldChrome {
  label: string;
  /** The label is read by screen readers only (a table cell whose column header says it). */
  hideLabel?: boolean;
  /** A validation message shown under the field (never blocks the edit). */
  issue?: string | undefined;
  description?: string | undefined;
  className?: string | undefined;
  isDisabled?: boolean;
}

export const fieldClass = (kind: string, className?: string) =>
  ['field', 'date-field', kind, className].filter(Boolean).join(' ');

export function FieldLabel({ label, hideLabel }: Pick<FieldChrome, 'label' | 'hideLabel'>) {
  return <Label className={hideLabel ? 'visually-hidden' : undefined}>{label}</Label>;
}

/** What follows the input: the description and the issue. */
export function FieldNotes({ issue, description }: Pick<FieldChrome, 'issue' | 'description'>) {
  return (
    <>
      {description && (
        <Text slot="description" className="muted">
          {description}
        </Text>
      )}
      {issue && <FieldError className="issue">{issue}</FieldError>}
    </>
  );
}

/** The segments, and (for a date) the button that opens the calendar. */
export function Segments({ calendar }: { calendar: boolean }) {
  return (
    <Group className="date-group">
      <DateInput className="date-segments">
        {(segment) => <DateSegment segment={segment} className="date-segment" />}
      </DateInput>
      {calendar && (
        <Button className="date-button">
          <span aria-hidden="true">▾</span>
        </Button>
      )}
    </Group>
  );
}

/** The month grid a date picker opens; its buttons are labelled by react-aria in the field's language. */
export function CalendarPopover(): ReactNode {
  return (
    <Popover className="date-popover" placement="bottom start">
      <Dialog className="date-dialog">
        <Calendar>
          <header className="date-calendar-header">
            <Button slot="previous">
              <span aria-hidden="true">◀</span>
            </Button>
            <Heading />
            <Button slot="next">
              <span aria-hidden="true">▶</span>
            </Button>
          </header>
          <CalendarGrid className="date-grid">
            {(date) => <CalendarCell date={date} className="date-cell" />}
          </CalendarGrid>
        </Calendar>
      </Dialog>
    </Popover>
  );
}

/** What a picker of `T` hands back when a date is picked (the same type for our dates and instants). */
type Picked<T extends DateValue> = NonNullable<Parameters<NonNullable<DatePickerProps<T>['onChange']>>[0]>;

/**
 * A date picker in the UI language with the fields' label, segments, notes and calendar: `value` is
 * what is stored (a string), `date` the same read for the picker, and `write` turns a picked date back
 * into the stored string; only a different one is reported, "" when the field is cleared.
 */
export function DatePickerField<T extends DateValue>({
  kind,
  value,
  date,
  write,
  onChange,
  chrome,
  ...picker
}: {
  kind: string;
  value: string;
  date: T | null;
  write: (d: Picked<T>) => string;
  onChange: (value: string) => void;
  chrome: FieldChrome;
} & Pick<DatePickerProps<T>, 'placeholderValue' | 'granularity' | 'hourCycle'>) {
  const language = useUi((s) => s.language);
  return (
    <I18nProvider locale={LOCALES[language]}>
      <DatePicker<T>
        className={fieldClass(kind, chrome.className)}
        value={date}
        shouldForceLeadingZeros
        {...picker}
        onChange={(d) => {
          const next = d ? write(d) : '';
          if (next !== value) onChange(next);
        }}
        isDisabled={chrome.isDisabled}
        isInvalid={chrome.issue !== undefined}
        validationBehavior="aria"
      >
        <FieldLabel label={chrome.label} hideLabel={chrome.hideLabel} />
        <Segments calendar />
        <FieldNotes issue={chrome.issue} description={chrome.description} />
        <CalendarPopover />
      </DatePicker>
    </I18nProvider>
  );
}
