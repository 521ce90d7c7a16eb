import { useMemo } from 'react';
import { now, parseAbsolute, type ZonedDateTime } from '@internationalized/date';
import { DatePickerField, HOUR_CYCLE, type FieldChrome } from './date-parts';

export interface DateTimeInputProps extends FieldChrome {
  /** The stored instant, an ISO string ("2026-03-31T16:00:00.000Z"), or "" for none. */
  value: string;
  /** Called with the ISO instant once every part is typed; "" when the field is cleared. */
  onChange: (value: string) => void;
  /** The IANA zone the date and time are read and written in; its name is shown in the field. */
  timeZone: string;
}

function knownZone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return 'UTC'; // a zone still being typed elsewhere in the form
  }
}

/**
 * A date and 24-hour time in a given zone, for instants such as "data as of": typed as the people in
 * that zone read their clocks, stored as an instant, so it means the same on any machine.
 */
export function DateTimeInput({ value, onChange, timeZone, ...chrome }: DateTimeInputProps) {
  const zone = knownZone(timeZone);
  const instant = useMemo((): ZonedDateTime | null => {
    if (!value || Number.isNaN(Date.parse(value))) return null;
    return parseAbsolute(new Date(value).toISOString(), zone);
  }, [value, zone]);
  // An empty field still needs to know its zone (and shows it) before anything is typed.
  const placeholder = useMemo(() => now(zone).set({ hour: 0, minute: 0, second: 0, millisecond: 0 }), [zone]);
  return (
    <DatePickerField
      kind="datetime-input"
      value={value}
      date={instant}
      write={(d) => d.toDate().toISOString()}
      onChange={onChange}
      chrome={{ ...chrome, description: chrome.description ?? zone }}
      placeholderValue={placeholder}
      granularity="minute"
      hourCycle={HOUR_CYCLE}
    />
  );
}
