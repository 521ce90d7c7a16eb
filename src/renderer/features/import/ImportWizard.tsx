import { useEffect, useMemo, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, subscribe } from '../../api';
import { errorMessage } from '../../../shared/i18n';
import type { AppError } from '../../../shared/errors/result';
import { ImportError } from '../../../shared/import/errors';
import { PRESETS, presetById, suggestMapping } from '../../../shared/import/presets';
import { parseColumnRef } from '../../../shared/import/plan';
import type { DateOrder, FieldMapping, ImportProgress, JoinSpec } from '../../../shared/import/types';
import {
  applicableMapping,
  dateQuestions,
  mappableFields,
  previewValues,
} from '../../../shared/import/wizard';
import { normalizeHeader } from '../../../shared/import/presets';
import { assignCrmValue, stageVocabulary } from '../../../shared/import/stage-values';
import type { ImportSource, ImportSummary } from '../../../shared/ipc/import';
import type { RecordField } from '../../../shared/records/record-set';
import { newId } from '../../../shared/workbook/ids';
import { LOCALES, formatNumber } from '../../format';
import { updateWorkbook, useDoc } from '../../state/workbook-store';
import { useUi } from '../../state/ui-store';
import { useFieldLabel } from './field-label';
import { ImportReportView } from './ImportReportView';
import { PREVIEW_ROWS, PreviewTable } from './PreviewTable';
import { StageValuesTable } from './StageValuesTable';
import { MappingTable, RemoveFileButton, SelectRow } from './SelectRow';
import { ActivitiesStep, type ActivitySource } from './ActivitiesStep';
// Lost when the wizard moved into the Compliance screen (9009845): the wizard was unstyled since.
import { DateTimeInput } from '../../components/DateTimeInput';
import './import.css';

const MAX_FILES = 2;
const formatSize = (bytes: number, lang: keyof typeof LOCALES): string =>
  bytes >= 1e6
    ? new Intl.NumberFormat(LOCALES[lang], {
        style: 'unit',
        unit: 'megabyte',
        maximumFractionDigits: 1,
      }).format(bytes / 1e6)
    : new Intl.NumberFormat(LOCALES[lang], {
        style: 'unit',
        unit: 'kilobyte',
        maximumFractionDigits: 1,
      }).format(bytes / 1e3);
const ENCODING_LABEL: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
};

/**
 * The CSV import wizard: files → preview → column mapping (preset, suggestion or saved) → dates and
 * time zone → import with progress and cancel → report. The records stay in main; `onImported`
 * receives the summary (the compliance screen measures the import from there).
 */
/** How the columns were read, handed to the step that keeps the import as a snapshot. */
export interface ImportHow {
  mapping: FieldMapping;
  preset?: string;
  /** The export's time zone, as the user confirmed it. */
  timeZone: string;
}

export function ImportWizard({ onImported }: { onImported?(summary: ImportSummary, how: ImportHow): void }) {
  const { t } = useTranslation('import');
  const lang = useUi((u) => u.language);
  const doc = useDoc();
  const [sources, setSources] = useState<ImportSource[]>([]);
  const [previewIndex, setPreviewIndex] = useState(0);
  const [mapping, setMapping] = useState<FieldMapping>({});
  const [join, setJoin] = useState<JoinSpec | undefined>();
  const [presetId, setPresetId] = useState<string>('');
  const [timeZone, setTimeZone] = useState(doc?.calendar.timeZone ?? 'UTC');
  /** An ISO instant, typed in the measurement clock's zone (the workbook calendar's). */
  const [asOf, setAsOf] = useState('');
  const [dateOrder, setDateOrder] = useState<Record<string, DateOrder>>({});
  /** The user's answers for current-stage values: raw value → stage id ('' = no stage). */
  const [stageAnswers, setStageAnswers] = useState<Record<string, string>>({});
  const [activities, setActivities] = useState<ActivitySource[]>([]);
  const [extraQuestion, setExtraQuestion] = useState<{ ref: string; file: string; column: string } | null>(
    null,
  );
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [running, setRunning] = useState(false);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const stages = useMemo(() => doc?.stages ?? [], [doc?.stages]);
  const fieldLabel = useFieldLabel(stages);
  const readable = sources.filter((s) => s.sniff);
  const files = readable.map((s) => s.sniff!);
  const fields = useMemo(() => mappableFields(stages), [stages]);
  const questions = useMemo(() => dateQuestions(mapping, files), [mapping, files]);
  const vocabulary = useMemo(() => {
    const out = stageVocabulary(stages);
    for (const [value, id] of Object.entries(stageAnswers)) {
      if (id) out[normalizeHeader(value)] = id;
      else delete out[normalizeHeader(value)];
    }
    return out;
  }, [stages, stageAnswers]);
  const stageValues = useMemo(
    () => previewValues(mapping.currentStage, files),
    [mapping.currentStage, files],
  );

  useEffect(() => (running ? subscribe('import:progress', setProgress) : undefined), [running]);

  if (!doc) return null;

  const applySources = (next: ImportSource[]) => {
    if (next.length > MAX_FILES) setNotice(t('files.tooMany'));
    const kept = next.slice(0, MAX_FILES);
    setSources(kept);
    setSummary(null);
    setError(null);
    setPreviewIndex(0);
    setDateOrder({});
    setStageAnswers({});
    setExtraQuestion(null);
    const headers = kept.filter((s) => s.sniff).map((s) => s.sniff!.dialect.headers);
    const suggestion = suggestMapping(headers, stages);
    setMapping(suggestion.mapping);
    setJoin(suggestion.join);
    setPresetId(suggestion.presetId ?? '');
  };

  const choose = async () => {
    setNotice(null);
    const r = await call('importChooseFiles', {});
    if (!r.ok) return setError(r.error);
    if (r.value) applySources([...sources, ...r.value]);
  };

  const onDrop = async (e: DragEvent) => {
    e.preventDefault();
    setNotice(null);
    // The preload has already sent the dropped files' paths to main; take what main accepted.
    const r = await call('importTakeDropped', {});
    if (!r.ok) return setError(r.error);
    if (r.value.length > 0) applySources([...sources, ...r.value]);
  };

  /** Another sheet of a workbook: sniffed again, and the mapping suggested again from its header. */
  const chooseSheet = async (index: number, sheet: string) => {
    const source = sources[index];
    if (!source) return;
    const r = await call('importSniffSheet', { token: source.token, sheet });
    const next = sources.map((s, k) =>
      k !== index ? s : r.ok ? { ...s, sniff: r.value, error: null } : { ...s, sniff: null, error: r.error },
    );
    applySources(next);
  };

  const choosePreset = (value: string) => {
    setPresetId(value);
    const headers = files.map((f) => f.dialect.headers);
    if (value.startsWith('saved:')) {
      const saved = doc.imports.mappings.find((m) => `saved:${m.id}` === value);
      if (saved)
        setMapping(
          applicableMapping(
            saved.fields,
            headers.map((h) => ({ headers: h })),
          ),
        );
      return;
    }
    const preset = presetById(value);
    if (!preset) return setMapping({});
    // Suggest with this preset only.
    const s = suggestMapping(headers, stages);
    if (s.presetId === value) {
      setMapping(s.mapping);
      setJoin(s.join ?? join);
    } else setMapping({});
  };

  const setField = (field: RecordField, ref: string) => {
    setMapping((m) => {
      const next = { ...m };
      if (ref) next[field] = ref;
      else delete next[field];
      return next;
    });
  };

  const primary = join?.sourceIndex === 0 ? 1 : 0;
  const secondary = files.length > 1 ? 1 - primary : undefined;

  const setPrimary = (index: number) => {
    const other = 1 - index;
    const left = files[index]?.dialect.headers[0] ?? '';
    const right = files[other]?.dialect.headers[0] ?? '';
    setJoin((j) => ({
      sourceIndex: other,
      leftColumn: j && j.sourceIndex === other ? j.leftColumn : left,
      rightColumn: j && j.sourceIndex === other ? j.rightColumn : right,
    }));
  };

  const run = async () => {
    const tokens = readable.map((s) => s.token);
    const activityFiles = activities.filter((a) => a.source.sniff);
    const chosenSheets = readable.flatMap((s) => (s.sniff?.xlsx ? [[s.token, s.sniff.xlsx.sheet]] : []));
    const sheets = chosenSheets.length ? Object.fromEntries(chosenSheets) : undefined;
    setError(null);
    setSummary(null);
    setProgress(null);
    setRunning(true);
    const r = await call('importRun', {
      tokens,
      ...(files.length > 1 && join ? { join } : {}),
      mapping: mapping as Record<string, string>,
      timeZone,
      ...(Object.keys(dateOrder).length ? { dateOrder } : {}),
      ...(asOf ? { asOf } : {}),
      ...(sheets ? { sheets } : {}),
      ...(mapping.currentStage
        ? { stageValues: { order: stages.map((s) => s.id), values: vocabulary } }
        : {}),
      ...(activityFiles.length
        ? {
            activities: activityFiles.map((a) => ({
              token: a.source.token,
              mapping: a.mapping as Record<string, string>,
              ...(a.source.sniff?.xlsx ? { sheet: a.source.sniff.xlsx.sheet } : {}),
              ...(a.channel ? { channel: a.channel } : {}),
            })),
          }
        : {}),
    });
    setRunning(false);
    if (!r.ok) {
      setError(r.error);
      if (r.error.code === ImportError.dateOrderNeeded) {
        const file = String(r.error.params?.file ?? '');
        const column = String(r.error.params?.column ?? '');
        const index = files.findIndex((f) => f.name === file);
        setExtraQuestion({ ref: `${index}:${column}`, file, column });
      }
      return;
    }
    setSummary(r.value);
    const name = presetById(presetId)?.label ?? files.map((f) => f.name).join(' + ');
    updateWorkbook((d) => {
      for (const [value, id] of Object.entries(stageAnswers)) assignCrmValue(d.stages, value, id);
      const existing = d.imports.mappings.find((m) => m.name === name);
      if (existing) existing.fields = { ...(mapping as Record<string, string>) };
      else {
        d.imports.mappings.push({ id: newId(), name, fields: { ...(mapping as Record<string, string>) } });
        if (d.imports.mappings.length > 100) d.imports.mappings.shift();
      }
    });
    onImported?.(r.value, { mapping: { ...mapping }, timeZone, ...(presetId ? { preset: presetId } : {}) });
  };

  const cancel = () => void call('importCancel', {});

  const allQuestions = [
    ...questions,
    ...(extraQuestion && !questions.some((q) => q.ref === extraQuestion.ref)
      ? [{ ...extraQuestion, example: '' }]
      : []),
  ];
  const activitiesMapped = activities.every(
    (a) => !a.source.sniff || (a.mapping.id && a.mapping['activity:contact'] && a.mapping['activity:at']),
  );
  const canRun =
    files.length > 0 &&
    !!mapping.id &&
    activitiesMapped &&
    !running &&
    allQuestions.every((q) => dateOrder[q.ref]);
  const preview = files[previewIndex];
  const columnOptions = files.flatMap((f, i) =>
    f.dialect.headers.map((h) => ({ ref: `${i}:${h}`, label: files.length > 1 ? `${f.name} · ${h}` : h })),
  );
  const savedMappings = doc.imports.mappings;
  const percent =
    progress && progress.totalBytes > 0 ? Math.min(100, (progress.bytesRead / progress.totalBytes) * 100) : 0;

  return (
    <div className="import-wizard">
      <section aria-labelledby="import-files" className="import-step">
        <h2 id="import-files">1. {t('steps.files')}</h2>
        <div className="import-drop" onDragOver={(e) => e.preventDefault()} onDrop={(e) => void onDrop(e)}>
          <button
            type="button"
            onClick={() => void choose()}
            disabled={running || sources.length >= MAX_FILES}
          >
            {t('files.choose')}
          </button>
          <span className="muted">{t('files.drop')}</span>
        </div>
        {notice && <p className="notice">{notice}</p>}
        <ul className="import-files">
          {sources.map((s, i) => (
            <li key={s.token}>
              <strong>{s.name}</strong> <span className="muted">{formatSize(s.size, lang)}</span>
              {s.sniff?.xlsx ? (
                <span className="muted">
                  {' · '}
                  {t('files.workbook', { columns: s.sniff.dialect.headers.length })}
                  {s.sniff.dialect.headerIndex > 0 &&
                    ` · ${t('files.headerRow', { row: s.sniff.dialect.headerIndex + 1 })}`}
                  {' · '}
                  <label className="import-sheet">
                    {t('files.sheet')}{' '}
                    <select
                      value={s.sniff.xlsx.sheet}
                      disabled={running}
                      onChange={(e) => void chooseSheet(i, e.target.value)}
                    >
                      {s.sniff.xlsx.sheets.map((name) => (
                        <option key={name}>{name}</option>
                      ))}
                    </select>
                  </label>
                </span>
              ) : s.sniff ? (
                <span className="muted">
                  {' · '}
                  {t('files.details', {
                    encoding: ENCODING_LABEL[s.sniff.dialect.encoding] ?? s.sniff.dialect.encoding,
                    delimiter:
                      s.sniff.dialect.delimiter === '\t' ? t('files.tab') : s.sniff.dialect.delimiter,
                    lineEnding: s.sniff.dialect.lineEnding.toUpperCase(),
                    columns: s.sniff.dialect.headers.length,
                  })}
                  {s.sniff.dialect.headerIndex > 0 &&
                    ` · ${t('files.headerRow', { row: s.sniff.dialect.headerIndex + 1 })}`}
                </span>
              ) : (
                <p role="alert" className="import-error">
                  {errorMessage(t, s.error ?? { code: ImportError.internal, params: { detail: '?' } })}
                </p>
              )}
              {s.sniff?.mojibake && (
                <p className="notice">{t('files.mojibake', { sample: s.sniff.mojibake })}</p>
              )}
              <RemoveFileButton
                disabled={running}
                onRemove={() => applySources(sources.filter((_, k) => k !== i))}
              />
            </li>
          ))}
        </ul>
      </section>

      {preview && (
        <section aria-labelledby="import-preview" className="import-step">
          <h2 id="import-preview">2. {t('steps.preview')}</h2>
          {files.length > 1 && (
            <div role="tablist" className="import-tabs">
              {files.map((f, i) => (
                <button
                  key={f.name + i}
                  role="tab"
                  type="button"
                  aria-selected={i === previewIndex}
                  onClick={() => setPreviewIndex(i)}
                >
                  {f.name}
                </button>
              ))}
            </div>
          )}
          <PreviewTable
            headers={preview.dialect.headers}
            rows={preview.preview}
            caption={t('preview.caption', { file: preview.name })}
          />
          <p className="muted">
            {t('preview.rows', { count: Math.min(PREVIEW_ROWS, preview.preview.length) })}
          </p>
        </section>
      )}

      {files.length > 0 && (
        <section aria-labelledby="import-mapping" className="import-step">
          <h2 id="import-mapping">3. {t('steps.mapping')}</h2>
          <label className="field">
            <span>{t('mapping.preset')}</span>
            <select value={presetId} onChange={(e) => choosePreset(e.target.value)} disabled={running}>
              <option value="">{t('mapping.presetNone')}</option>
              {PRESETS.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
              {savedMappings.map((m) => (
                <option key={m.id} value={`saved:${m.id}`}>
                  {t('mapping.saved', { name: m.name })}
                </option>
              ))}
            </select>
          </label>
          {files.length > 1 && secondary !== undefined && (
            <fieldset className="import-join">
              <label className="field">
                <span>{t('mapping.primary')}</span>
                <select
                  value={primary}
                  onChange={(e) => setPrimary(Number(e.target.value))}
                  disabled={running}
                >
                  {files.map((f, i) => (
                    <option key={i} value={i}>
                      {f.name}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                <span>{t('mapping.joinLeft')}</span>
                <select
                  value={join?.leftColumn ?? ''}
                  onChange={(e) =>
                    setJoin({
                      sourceIndex: secondary,
                      leftColumn: e.target.value,
                      rightColumn: join?.rightColumn ?? '',
                    })
                  }
                  disabled={running}
                >
                  <option value="" />
                  {files[primary]!.dialect.headers.map((h) => (
                    <option key={h}>{h}</option>
                  ))}
                </select>
              </label>
              <label className="field">
                <span>{t('mapping.joinRight', { file: files[secondary]!.name })}</span>
                <select
                  value={join?.rightColumn ?? ''}
                  onChange={(e) =>
                    setJoin({
                      sourceIndex: secondary,
                      leftColumn: join?.leftColumn ?? '',
                      rightColumn: e.target.value,
                    })
                  }
                  disabled={running}
                >
                  <option value="" />
                  {files[secondary]!.dialect.headers.map((h) => (
                    <option key={h}>{h}</option>
                  ))}
                </select>
              </label>
            </fieldset>
          )}
          <MappingTable columns={[t('mapping.field'), t('mapping.column')]}>
            {fields.map((field) => (
              <SelectRow
                key={field}
                id={`map-${field.replace(':', '-')}`}
                label={fieldLabel(field)}
                value={mapping[field] ?? ''}
                none={t('mapping.notMapped')}
                options={columnOptions
                  .filter((o) => field !== 'id' || parseColumnRef(o.ref, 0).source === primary)
                  .map((o) => ({ value: o.ref, label: o.label }))}
                onChange={(v) => setField(field, v)}
                disabled={running}
              />
            ))}
          </MappingTable>
          <StageValuesTable
            values={stageValues}
            stages={stages}
            vocabulary={vocabulary}
            disabled={running}
            onChange={(value, id) => setStageAnswers((a) => ({ ...a, [value]: id }))}
          />
        </section>
      )}

      {files.length > 0 && (
        <ActivitiesStep
          items={activities}
          recordId={mapping.id}
          onChange={setActivities}
          onError={setError}
          disabled={running}
        />
      )}

      {files.length > 0 && (
        <section aria-labelledby="import-options" className="import-step">
          <h2 id="import-options">5. {t('steps.options')}</h2>
          <label className="field">
            <span>{t('options.timeZone')}</span>
            <input
              value={timeZone}
              onChange={(e) => setTimeZone(e.target.value)}
              disabled={running}
              list="import-zones"
            />
            <small className="muted">{t('options.timeZoneHint')}</small>
          </label>
          <datalist id="import-zones">
            {Intl.supportedValuesOf('timeZone').map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
          <DateTimeInput
            label={t('options.asOf')}
            value={asOf}
            onChange={setAsOf}
            timeZone={doc?.calendar.timeZone ?? timeZone}
            isDisabled={running}
            description={t('options.asOfHint', { zone: doc?.calendar.timeZone ?? timeZone })}
          />
          {allQuestions.map((q) => (
            <fieldset key={q.ref} className="import-question">
              <legend>
                {t('options.ambiguous', { column: q.column, file: q.file, example: q.example })}
              </legend>
              {(['dmy', 'mdy'] as const).map((o) => (
                <label key={o}>
                  <input
                    type="radio"
                    name={`order-${q.ref}`}
                    checked={dateOrder[q.ref] === o}
                    onChange={() => setDateOrder((d) => ({ ...d, [q.ref]: o }))}
                    disabled={running}
                  />{' '}
                  {t(`options.${o}`)}
                </label>
              ))}
            </fieldset>
          ))}
        </section>
      )}

      {files.length > 0 && (
        // Sticky at the bottom of the screen: Import is in reach at every step, however long the mapping.
        <section aria-label={t('steps.run')} className="import-actionbar">
          <div className="import-actions">
            <button type="button" className="primary" onClick={() => void run()} disabled={!canRun}>
              {t('run.start')}
            </button>
            {running && (
              <button type="button" onClick={cancel}>
                {t('run.cancel')}
              </button>
            )}
            {!running && !mapping.id && <span className="muted">{t('mapping.idRequired')}</span>}
          </div>
          {running && (
            <div className="import-progress">
              <progress max={100} value={percent} aria-label={t('run.start')} />
              <span role="status">
                {progress ? `${t(`run.phase.${progress.phase}`)} ` : ''}
                {progress &&
                  t('run.progress', {
                    rows: formatNumber(progress.rows, lang),
                    rate: formatNumber(progress.rowsPerSecond, lang),
                  })}
              </span>
            </div>
          )}
          {error && (
            <p role="alert" className="import-error">
              {errorMessage(t, error)}
            </p>
          )}
        </section>
      )}

      {summary && (
        <ImportReportView
          summary={summary}
          fieldLabel={fieldLabel}
          stageName={(id) => stages.find((s) => s.id === id)?.name ?? id}
          timeZone={timeZone}
        />
      )}
    </div>
  );
}
