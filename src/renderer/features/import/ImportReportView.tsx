import { useTranslation } from 'react-i18next';
import {
  SKIP_REASONS,
  type CellExample,
  type ImportReport,
  type StageValueReport,
} from '../../../shared/import/types';
import type { ActivityChannel } from '../../../shared/records/record-set';
import type { ImportSummary } from '../../../shared/ipc/import';
import { formatDateTime, formatNumber } from '../../format';
import { useUi } from '../../state/ui-store';
import { backwardsNote } from '../../../shared/import/stage-values';

function Examples({ examples }: { examples: CellExample[] }) {
  const { t } = useTranslation('import');
  if (examples.length === 0) return null;
  return (
    <ul className="import-examples">
      {examples.map((e, i) => (
        <li key={i}>
          {e.column
            ? t('report.example', { row: e.row, column: e.column, value: e.value })
            : t('report.exampleRow', { row: e.row, value: e.value })}
          {e.file ? <span className="muted"> · {e.file}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** Per-field counts with examples (unreadable values, implausible dates); nothing when all are zero. */
function FieldCounts({
  title,
  tallies,
  fieldLabel,
  n,
  testId,
}: {
  title: string;
  tallies: ImportReport['unparsed'];
  fieldLabel(field: string): string;
  n(v: number): string;
  testId: string;
}) {
  const rows = Object.entries(tallies).filter(([, v]) => v && v.count > 0);
  if (rows.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <dl className="import-counts" data-testid={testId}>
        {rows.map(([field, v]) => (
          <div key={field}>
            <dt>{fieldLabel(field)}</dt>
            <dd>
              {n(v!.count)}
              <Examples examples={v!.examples} />
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}

/** What the import did: counts first, then each kind of problem with up to five examples. */
export function ImportReportView({
  summary,
  fieldLabel,
  stageName,
  timeZone,
}: {
  summary: ImportSummary;
  fieldLabel(field: string): string;
  stageName(id: string): string;
  /** The export's zone: "as of" is shown as the CRM showed it, not in this computer's zone. */
  timeZone: string;
}) {
  const { t } = useTranslation('import');
  const lang = useUi((u) => u.language);
  const r: ImportReport = summary.report;
  const n = (v: number) => formatNumber(v, lang);
  const skipped = SKIP_REASONS.filter((k) => (r.skipped[k]?.count ?? 0) > 0);
  const day = (iso: string) => iso.slice(0, 10);
  return (
    <section className="import-report" aria-labelledby="import-report-title">
      <h2 id="import-report-title">{t('report.title')}</h2>
      <p className="import-done" role="status">
        {t('report.done', { used: n(r.rowsUsed), read: n(r.rowsRead) })}{' '}
        {t('report.asOf', { when: formatDateTime(summary.asOf, lang, timeZone) })}
      </p>
      <p className="muted">{t('report.savedMapping')}</p>
      {r.mojibake && <p className="notice">{t('files.mojibake', { sample: r.mojibake.value })}</p>}
      {r.invalidBytes > 0 && <p className="notice">{t('report.invalidBytes', { count: r.invalidBytes })}</p>}

      <h3>{t('report.skipped')}</h3>
      {skipped.length === 0 ? (
        <p>{t('report.none')}</p>
      ) : (
        <dl className="import-counts">
          {skipped.map((k) => (
            <div key={k}>
              <dt>{t(`report.reason.${k}`)}</dt>
              <dd>
                {n(r.skipped[k]!.count)}
                <Examples examples={r.skipped[k]!.examples} />
              </dd>
            </div>
          ))}
        </dl>
      )}
      {r.raggedRows.count > 0 && (
        <>
          <h3>{t('report.ragged')}</h3>
          <p>{n(r.raggedRows.count)}</p>
          <Examples examples={r.raggedRows.examples} />
        </>
      )}
      <FieldCounts
        title={t('report.unparsed')}
        tallies={r.unparsed}
        fieldLabel={fieldLabel}
        n={n}
        testId="unparsed-values"
      />
      <FieldCounts
        title={t('report.implausible', { from: day(r.dateWindow.from), to: day(r.dateWindow.to) })}
        tallies={r.implausibleDates}
        fieldLabel={fieldLabel}
        n={n}
        testId="implausible-dates"
      />
      {r.join && (r.join.unmatched > 0 || r.join.duplicateKeys > 0) && (
        <p>{t('report.join', { unmatched: n(r.join.unmatched), duplicates: n(r.join.duplicateKeys) })}</p>
      )}
      {Object.keys(r.dateOrders).length > 0 && (
        <>
          <h3>{t('report.dateOrders')}</h3>
          <ul>
            {Object.entries(r.dateOrders).map(([ref, order]) => (
              <li key={ref}>
                {ref.replace(/^\d+:/, '')}: {t(`options.${order}`)}
              </li>
            ))}
          </ul>
        </>
      )}
      {r.stageValues && <StageValuesReport report={r.stageValues} stageName={stageName} />}
      {r.activities?.map((a) => (
        <ActivitiesReport key={a.file} report={a} fieldLabel={fieldLabel} />
      ))}
      {r.unmappedColumns
        .filter((u) => u.columns.length > 0)
        .map((u) => (
          <p key={u.file} className="muted">
            {t('report.unmapped', { file: u.file })}: {u.columns.join(', ')}
          </p>
        ))}
    </section>
  );
}

/** What the current-stage column said: records per stage, unknown values, backward moves. */
function StageValuesReport({
  report,
  stageName,
}: {
  report: StageValueReport;
  stageName(id: string): string;
}) {
  const { t } = useTranslation('import');
  const lang = useUi((u) => u.language);
  const n = (v: number) => formatNumber(v, lang);
  const b = report.movedBackwards;
  // Exports without dates for the later stages cannot show a move back: said, not left to guess.
  const unseen = backwardsNote((k, p) => t(k, p ?? {}), report, stageName);
  return (
    <div className="import-stage-report">
      <h3>{t('report.stageValues', { column: report.column, file: report.file })}</h3>
      <ul className="import-stage-counts" aria-label={t('report.stageCounts')}>
        {Object.entries(report.byStage).map(([id, count]) => (
          <li key={id}>
            {stageName(id)}: <strong>{n(count)}</strong>
          </li>
        ))}
      </ul>
      {report.unknown.length > 0 && (
        <>
          <h4>{t('report.stageUnknown')}</h4>
          <ul>
            {report.unknown.map((u) => (
              <li key={u.value}>
                “{u.value}”: {n(u.count)}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.filled > 0 && <p>{t('report.stageFilled', { count: report.filled })}</p>}
      {report.undated > 0 && <p>{t('report.stageUndated', { count: report.undated })}</p>}
      {unseen && (
        <p className="notice" data-testid="stage-backwards-unseen">
          {unseen}
        </p>
      )}
      {b.count > 0 && (
        <>
          <p className="notice">{t('report.stageBackwards', { count: b.count })}</p>
          <ul className="import-examples">
            {b.examples.map((e) => (
              <li key={e.id}>
                {t('report.stageBackwardsExample', {
                  id: e.id,
                  value: e.value,
                  later: e.later.map(stageName).join(', '),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** One activity file: what was read, what was linked, and what was not a touch. */
function ActivitiesReport({
  report: a,
  fieldLabel,
}: {
  report: NonNullable<ImportReport['activities']>[number];
  fieldLabel(field: string): string;
}) {
  const { t } = useTranslation('import');
  const lang = useUi((u) => u.language);
  const n = (v: number) => formatNumber(v, lang);
  const problems = [
    ...SKIP_REASONS.flatMap((k) =>
      a.read.skipped[k] ? [[t(`report.reason.${k}`), a.read.skipped[k]!] as const] : [],
    ),
    ...Object.entries(a.read.unparsed).map(([f, v]) => [fieldLabel(f), v!] as const),
    ...Object.entries(a.read.implausibleDates).map(([f, v]) => [fieldLabel(f), v!] as const),
  ];
  const values = (title: string, list: { value: string; count: number }[]) =>
    list.length > 0 && (
      <>
        <h4>{title}</h4>
        <ul>
          {list.map((u) => (
            <li key={u.value}>
              “{u.value}”: {n(u.count)}
            </li>
          ))}
        </ul>
      </>
    );
  return (
    <div className="import-activities-report">
      <h3>{t('report.activities', { file: a.file })}</h3>
      <p>{t('report.activitiesDone', { count: a.activities, linked: n(a.linked) })}</p>
      {a.linked > 0 && (
        <ul className="import-stage-counts" aria-label={t('report.activitiesByChannel')}>
          {(Object.entries(a.byChannel) as [ActivityChannel, number][]).map(([c, count]) => (
            <li key={c}>
              {t(`activities.perChannel.${c}`)}: <strong>{n(count)}</strong>
            </li>
          ))}
        </ul>
      )}
      <ul className="import-stage-counts">
        {(
          [
            ['activitiesConnects', a.connects],
            ['activitiesAutomated', a.automated],
            ['activitiesInbound', a.inbound],
            ['activitiesPlanned', a.planned],
          ] as const
        ).map(([key, count]) => (
          <li key={key}>
            {t(`report.${key}`)}: <strong>{n(count)}</strong>
          </li>
        ))}
      </ul>
      {a.unmatched.count > 0 && (
        <p className="notice">
          {t('report.activitiesUnmatched', {
            count: a.unmatched.count,
            examples: a.unmatched.examples.join(', '),
          })}
        </p>
      )}
      {a.incomplete > 0 && <p>{t('report.activitiesIncomplete', { count: a.incomplete })}</p>}
      {values(t('report.activitiesUnknownTypes'), a.unknownTypes)}
      {values(t('report.activitiesUnknownOutcomes'), a.unknownOutcomes)}
      {problems.map(([label, tally], i) => (
        <div key={i}>
          <h4>
            {label}: {n(tally.count)}
          </h4>
          <Examples examples={tally.examples} />
        </div>
      ))}
    </div>
  );
}
