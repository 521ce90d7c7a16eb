import { useMemo } from 'react';
import { I18nProvider, TimeField } from 'react-aria-components';
import { Time } from '@internationalized/date';
import { useUi } from '../state/ui-store';
import { LOCALES } from '../format';
import { FieldLabel, FieldNotes, HOUR_CYCLE, Segments, fieldClass, type FieldChrome } from './date-parts';

export interface TimeInputProps extends FieldChrome {
  /** The stored time of day, "HH:mm". */
  value: string;
  /** Called with "HH:mm" once hour and minute are typed. */
  onChange: (value: string) => void;
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** A time of day, hours and minutes, 24-hour in both languages. */
export function TimeInput({ value, onChange, ...chrome }: TimeInputProps) {
  const language = useUi((s) => s.language);
  const time = useMemo(() => {
    const m = HH_MM.exec(value);
    return m ? new Time(Number(m[1]), Number(m[2])) : null;
  }, [value]);
  return (
    <I18nProvider locale={LOCALES[language]}>
      <TimeField
        className={fieldClass('time-input', chrome.className)}
        value={time}
        hourCycle={HOUR_CYCLE}
        shouldForceLeadingZeros
        onChange={(t) => {
          if (!t) return; // a time of day is required: clearing the field keeps the stored one
          const next = `${pad(t.hour)}:${pad(t.minute)}`;
          if (next !== value) onChange(next);
        }}
        isDisabled={chrome.isDisabled}
        isInvalid={chrome.issue !== undefined}
        validationBehavior="aria"
      >
        <FieldLabel label={chrome.label} hideLabel={chrome.hideLabel} />
        <Segments calendar={false} />
        <FieldNotes issue={chrome.issue} description={chrome.description} />
      </TimeField>
    </I18nProvider>
  );
}
