import { useTranslation } from 'react-i18next';
import { updateWorkbook } from '../../../state/workbook-store';
import type { Feedback as FeedbackT, Workbook } from '../../../../shared/workbook/schema';
import { newId } from '../../../../shared/workbook/ids';
import { byId, removeById } from '../edits';
import { ItemCard, SelectField, TextField } from '../fields';
import { useTeamOptions } from './Stages';

type Report = FeedbackT['reports'][number];
type Meeting = FeedbackT['meetings'][number];

const editReport = (id: string, key: string, recipe: (r: Report) => void) =>
  updateWorkbook(
    (d) => {
      const r = byId(d.feedback.reports, id);
      if (r) recipe(r);
    },
    { coalesce: `report:${id}:${key}` },
  );
const editMeeting = (id: string, key: string, recipe: (m: Meeting) => void) =>
  updateWorkbook(
    (d) => {
      const m = byId(d.feedback.meetings, id);
      if (m) recipe(m);
    },
    { coalesce: `meeting:${id}:${key}` },
  );

export function Feedback({ doc }: { doc: Workbook }) {
  const { t } = useTranslation('workbook');
  const teams = useTeamOptions(doc);
  return (
    <>
      <TextField
        multiline
        label={t('feedback.channels')}
        value={doc.feedback.channels}
        onChange={(v) =>
          updateWorkbook((d) => void (d.feedback.channels = v), { coalesce: 'feedback.channels' })
        }
      />
      <h2>{t('feedback.reports')}</h2>
      <div className="table-scroll">
        <table className="edit-table">
          <thead>
            <tr>
              <th>{t('feedback.from')}</th>
              <th>{t('feedback.to')}</th>
              <th>{t('feedback.what')}</th>
              <th>{t('feedback.channel')}</th>
              <th>{t('feedback.frequency')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {doc.feedback.reports.map((r) => (
              <tr key={r.id}>
                <td>
                  <SelectField
                    className="compact"
                    label={t('feedback.from')}
                    value={r.fromTeamId}
                    options={teams}
                    onChange={(v) => editReport(r.id, 'from', (x) => void (x.fromTeamId = v))}
                  />
                </td>
                <td>
                  <SelectField
                    className="compact"
                    label={t('feedback.to')}
                    value={r.toTeamId}
                    options={teams}
                    onChange={(v) => editReport(r.id, 'to', (x) => void (x.toTeamId = v))}
                  />
                </td>
                <td className="wide">
                  <TextField
                    className="compact"
                    label={t('feedback.what')}
                    value={r.what}
                    onChange={(v) => editReport(r.id, 'what', (x) => void (x.what = v))}
                  />
                </td>
                <td>
                  <TextField
                    className="compact"
                    label={t('feedback.channel')}
                    value={r.channel}
                    onChange={(v) => editReport(r.id, 'channel', (x) => void (x.channel = v))}
                  />
                </td>
                <td>
                  <TextField
                    className="compact"
                    label={t('feedback.frequency')}
                    value={r.frequency}
                    onChange={(v) => editReport(r.id, 'frequency', (x) => void (x.frequency = v))}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="danger"
                    onClick={() => updateWorkbook((d) => removeById(d.feedback.reports, r.id))}
                  >
                    {t('actions.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        onClick={() =>
          updateWorkbook(
            (d) =>
              void d.feedback.reports.push({
                id: newId(),
                fromTeamId: '',
                toTeamId: '',
                what: '',
                channel: '',
                frequency: '',
              }),
          )
        }
      >
        {t('actions.addReport')}
      </button>
      <h2>{t('feedback.meetings')}</h2>
      {doc.feedback.meetings.map((m) => (
        <ItemCard
          key={m.id}
          title={m.name || '—'}
          actions={
            <button
              type="button"
              className="danger"
              onClick={() => updateWorkbook((d) => removeById(d.feedback.meetings, m.id))}
            >
              {t('actions.remove')}
            </button>
          }
        >
          <div className="section-grid three">
            <TextField
              label={t('feedback.name')}
              value={m.name}
              onChange={(v) => editMeeting(m.id, 'name', (x) => void (x.name = v))}
            />
            <TextField
              label={t('feedback.cadence')}
              value={m.cadence}
              onChange={(v) => editMeeting(m.id, 'cadence', (x) => void (x.cadence = v))}
            />
            <TextField
              label={t('feedback.attendees')}
              value={m.attendees}
              onChange={(v) => editMeeting(m.id, 'attendees', (x) => void (x.attendees = v))}
            />
          </div>
          <TextField
            multiline
            label={t('feedback.agenda')}
            value={m.agenda}
            onChange={(v) => editMeeting(m.id, 'agenda', (x) => void (x.agenda = v))}
          />
        </ItemCard>
      ))}
      <button
        type="button"
        onClick={() =>
          updateWorkbook(
            (d) =>
              void d.feedback.meetings.push({
                id: newId(),
                name: '',
                cadence: '',
                attendees: '',
                agenda: '',
              }),
          )
        }
      >
        {t('actions.addMeeting')}
      </button>
    </>
  );
}
