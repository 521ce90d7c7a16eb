import { useTranslation } from 'react-i18next';
import { updateWorkbook } from '../../../state/workbook-store';
import type { Feedback as FeedbackT, Workbook } from '../../../../shared/workbook/schema';
import { newId } from '../../../../shared/workbook/ids';
import { byId, removeById } from '../edits';
import { ItemCard, TextField } from '../fields';
import { useTeamOptions } from './Stages';
import { AddItemButton, ItemTable } from '../ItemTable';

type Meeting = FeedbackT['meetings'][number];

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
      <ItemTable
        items={doc.feedback.reports}
        list={(d) => d.feedback.reports}
        coalesce="report"
        columns={[
          { kind: 'select', field: 'fromTeamId', header: t('feedback.from'), options: teams },
          { kind: 'select', field: 'toTeamId', header: t('feedback.to'), options: teams },
          { kind: 'text', field: 'what', header: t('feedback.what'), className: 'wide' },
          { kind: 'text', field: 'channel', header: t('feedback.channel') },
          { kind: 'text', field: 'frequency', header: t('feedback.frequency') },
        ]}
      />
      <AddItemButton
        label={t('actions.addReport')}
        list={(d) => d.feedback.reports}
        item={() => ({ id: newId(), fromTeamId: '', toTeamId: '', what: '', channel: '', frequency: '' })}
      />
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
      <AddItemButton
        label={t('actions.addMeeting')}
        list={(d) => d.feedback.meetings}
        item={() => ({ id: newId(), name: '', cadence: '', attendees: '', agenda: '' })}
      />
    </>
  );
}
