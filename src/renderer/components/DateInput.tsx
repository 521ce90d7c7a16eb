import { useMemo } from 'react';
import { parseDate, type CalendarDate } from '@internationalized/date';
import { DatePickerField, type FieldChrome } from './date-parts';

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
  const date = useMemo(() => parse(value), [value]);
  return (
    <DatePickerField
      kind="date-input"
      value={value}
      date={date}
      write={(d) => d.toString()}
      onChange={onChange}
      chrome={chrome}
    />
  );
}
