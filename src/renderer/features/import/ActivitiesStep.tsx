import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { errorMessage } from '../../../shared/i18n';
import { ACTIVITY_PRESETS, suggestActivityMapping } from '../../../shared/import/activities';
import type { FieldMapping } from '../../../shared/import/types';
import type { ImportSource } from '../../../shared/ipc/import';
import { ACTIVITY_CHANNELS, ACTIVITY_FIELDS, type ActivityChannel } from '../../../shared/records/record-set';
import { MappingTable, RemoveFileButton, SelectRow } from './SelectRow';

/** An activity export chosen in the wizard, with its own mapping. */
export interface ActivitySource {
  source: ImportSource;
  mapping: FieldMapping;
  presetId?: string;
  /** The channel of rows with no type column. */
  channel?: ActivityChannel;
}

const MAX_ACTIVITY_FILES = 10;

/** A chosen file, its preset detected from its own headers (`recordId`: the records' id column). */
export function activitySource(source: ImportSource, recordId?: string): ActivitySource {
  const headers = source.sniff?.dialect.headers ?? [];
  const s = suggestActivityMapping(headers, recordId);
  return {
    source,
    mapping: s.mapping,
    ...(s.presetId ? { presetId: s.presetId } : {}),
    ...(s.channel ? { channel: s.channel } : {}),
  };
}

/**
 * The optional activities step: exports of calls, emails, meetings and tasks (HubSpot, Salesforce,
 * Pipedrive), each mapped on its own and linked to the records by contact id when imported.
 */
export function ActivitiesStep({
  items,
  recordId,
  onChange,
  onError,
  disabled,
}: {
  items: ActivitySource[];
  /** The records' id column, so an activity's contact column names the same object. */
  recordId: string | undefined;
  onChange(next: ActivitySource[]): void;
  onError(e: Parameters<typeof errorMessage>[1]): void;
  disabled: boolean;
}) {
  const { t } = useTranslation('import');
  const add = async () => {
    const r = await call('importChooseFiles', {});
    if (!r.ok) return onError(r.error);
    if (r.value)
      onChange([...items, ...r.value.map((f) => activitySource(f, recordId))].slice(0, MAX_ACTIVITY_FILES));
  };
  const update = (i: number, next: ActivitySource) => onChange(items.map((a, k) => (k === i ? next : a)));
  const fields = ['id', ...ACTIVITY_FIELDS.map((f) => `activity:${f}` as const)] as const;
  return (
    <section aria-labelledby="import-activities" className="import-step">
      <h2 id="import-activities">4. {t('activities.title')}</h2>
      <p className="muted">{t('activities.hint')}</p>
      <button
        type="button"
        onClick={() => void add()}
        disabled={disabled || items.length >= MAX_ACTIVITY_FILES}
      >
        {t('activities.add')}
      </button>
      {items.map((a, i) => {
        const sniff = a.source.sniff;
        const preset = ACTIVITY_PRESETS.find((p) => p.id === a.presetId);
        return (
          <fieldset key={a.source.token} className="import-activity-file">
            <legend>
              <strong>{a.source.name}</strong>
              {preset && <span className="muted"> · {t('activities.preset', { preset: preset.label })}</span>}
            </legend>
            {!sniff ? (
              <p role="alert" className="import-error">
                {a.source.error ? errorMessage(t, a.source.error) : ''}
              </p>
            ) : (
              <MappingTable>
                {fields.map((field) => (
                  <SelectRow
                    key={field}
                    id={`act-${i}-${field.replace(':', '-')}`}
                    label={t(`activities.fields.${field.replace('activity:', '')}`)}
                    value={a.mapping[field] ?? ''}
                    none={t('mapping.notMapped')}
                    options={sniff.dialect.headers.map((h) => ({ value: `0:${h}`, label: h }))}
                    disabled={disabled}
                    onChange={(v) => {
                      const mapping = { ...a.mapping };
                      if (v) mapping[field] = v;
                      else delete mapping[field];
                      update(i, { ...a, mapping });
                    }}
                  />
                ))}
                {!a.mapping['activity:type'] && (
                  <SelectRow
                    id={`act-${i}-channel`}
                    label={t('activities.channel')}
                    value={a.channel ?? 'other'}
                    options={ACTIVITY_CHANNELS.map((c) => ({
                      value: c,
                      label: t(`activities.channels.${c}`),
                    }))}
                    disabled={disabled}
                    onChange={(v) => update(i, { ...a, channel: v as ActivityChannel })}
                  />
                )}
              </MappingTable>
            )}
            {sniff && !(a.mapping.id && a.mapping['activity:contact'] && a.mapping['activity:at']) && (
              <p className="notice">{t('activities.required')}</p>
            )}
            <RemoveFileButton
              disabled={disabled}
              onRemove={() => onChange(items.filter((_, k) => k !== i))}
            />
          </fieldset>
        );
      })}
    </section>
  );
}
