import { useMemo } from 'react';
import { DatePicker, I18nProvider } from 'react-aria-components';
import { parseDate, type CalendarDate } from '@internationalized/date';
import { useUi } from '../state/ui-store';
import { LOCALES } from '../format';
import {
  CalendarPopover,
  FieldLabel,
  FieldNotes,
  Segments,
  fieldClass,
  type FieldChrome,
} from './date-parts';

export interface DateInputProps extends FieldChrome {
  /** The stored calendar day, "YYYY-MM-DD", or "" for none. */
  value: string;
  /** Called with "YYYY-MM-DD" once every part is typed or a day is picked; "" when the field is cleared. */
  onChange: (value: string) => void;
}

function parse(value: string): CalendarDate | null {
  try {
    return value ? parseDate(value) : null;
  } catch {
    return null; // an unreadable stored value shows as an empty field, flagged by validation if it matters
  }
}

/** A calendar day in the UI language's format (dd/mm/aaaa, mm/dd/yyyy), typed or picked from a calendar. */
export function DateInput({ value, onChange, ...chrome }: DateInputProps) {
  const language = useUi((s) => s.language);
  const date = useMemo(() => parse(value), [value]);
  return (
    <I18nProvider locale={LOCALES[language]}>
      <DatePicker
        className={fieldClass('date-input', chrome.className)}
        value={date}
        shouldForceLeadingZeros
        onChange={(d) => {
          const next = d ? d.toString() : '';
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
