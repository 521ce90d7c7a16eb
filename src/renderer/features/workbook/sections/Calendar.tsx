import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateWorkbook } from '../../../state/workbook-store';
import { useUi } from '../../../state/ui-store';
import type { Workbook } from '../../../../shared/workbook/schema';
import { formatDate } from '../../../format';
import { TextField, TimeField } from '../fields';
import { DateInput } from '../../../components/DateInput';
import { IssueNotes, useIssues } from '../issues';

const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;
/** The IANA zones this runtime knows, offered as suggestions. */
const ZONES: readonly string[] = Intl.supportedValuesOf?.('timeZone') ?? [];

export function Calendar({ doc }: { doc: Workbook }) {
  const { t } = useTranslation('workbook');
  const lang = useUi((s) => s.language);
  const cal = doc.calendar;
  const [holiday, setHoliday] = useState('');
  const dayIssues = useIssues({ field: 'workingDays' });
  return (
    <>
      <p className="muted">{t('calendar.help')}</p>
      <div className="section-grid three">
        <TextField
          label={t('calendar.timeZone')}
          value={cal.timeZone}
          list="pacto-time-zones"
          at={{ field: 'timeZone' }}
          onChange={(v) =>
            v &&
            updateWorkbook((d) => void (d.calendar.timeZone = v.slice(0, 64)), {
              coalesce: 'calendar.timeZone',
            })
          }
        />
        <TimeField
          label={t('calendar.start')}
          value={cal.start}
          onChange={(v) => updateWorkbook((d) => void (d.calendar.start = v))}
        />
        <TimeField
          label={t('calendar.end')}
          value={cal.end}
          at={{ field: 'end' }}
          onChange={(v) => updateWorkbook((d) => void (d.calendar.end = v))}
        />
      </div>
      <datalist id="pacto-time-zones">
        {ZONES.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <fieldset className="weekdays">
        <legend>{t('calendar.workingDays')}</legend>
        {DAYS.map((day) => (
          <label key={day} className="check">
            <input
              type="checkbox"
              checked={cal.workingDays.includes(day)}
              onChange={(e) => {
                const on = e.target.checked;
                updateWorkbook((d) => {
                  const set = new Set(d.calendar.workingDays);
                  if (on) set.add(day);
                  else set.delete(day);
                  d.calendar.workingDays = [...set].sort();
                });
              }}
            />
            {t(`weekdays.${day}`)}
          </label>
        ))}
        <IssueNotes issues={dayIssues} />
      </fieldset>
      <h2>{t('calendar.holidays')}</h2>
      <form
        className="button-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (!/^\d{4}-\d{2}-\d{2}$/.test(holiday) || cal.holidays.includes(holiday)) return;
          updateWorkbook((d) => void (d.calendar.holidays = [...d.calendar.holidays, holiday].sort()));
          setHoliday('');
        }}
      >
        <DateInput label={t('calendar.newHoliday')} hideLabel value={holiday} onChange={setHoliday} />
        <button type="submit">{t('actions.addHoliday')}</button>
      </form>
      {cal.holidays.length === 0 ? (
        <p className="muted">{t('calendar.noHolidays')}</p>
      ) : (
        <ul className="holiday-list">
          {cal.holidays.map((h) => (
            <li key={h}>
              <time dateTime={h}>{formatDate(h, lang)}</time>
              <button
                type="button"
                className="link"
                aria-label={`${t('actions.remove')}: ${h}`}
                onClick={() =>
                  updateWorkbook(
                    (d) => void (d.calendar.holidays = d.calendar.holidays.filter((x) => x !== h)),
                  )
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
