import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planForClause, planVsActual } from '../../../shared/compliance/plan-vs-actual';
import { diffResults, latestSnapshot, previousSnapshot } from '../../../shared/compliance/snapshot';
import { formatDateTime, formatNumber } from '../../format';
import { notify, useUi } from '../../state/ui-store';
import { useDoc } from '../../state/workbook-store';
import { BreachTable } from './BreachTable';
import { BreakdownTable } from './BreakdownTable';
import { DealsTable } from './DealsTable';
import { OverCapacityTable } from './OverCapacityTable';
import { FunnelVsPlan } from './FunnelVsPlan';
import { ResponseHistogram } from './ResponseHistogram';
import { ComplianceSummary } from './ComplianceSummary';
import { PlanGap } from './PlanGap';
import { SnapshotChanges } from './SnapshotChanges';
import { TrendChart } from './TrendChart';
import { CoverageNote } from './CoverageNote';
import { FlaggedRecords } from './FlaggedRecords';
import { LeadQuality } from './LeadQuality';
import { TeamTriggers } from './TeamTriggers';
import { clauseTitle } from '../../../shared/export/agreement-text';
import { figureClause } from '../../../shared/compliance/figures';
import { canRecompute, measureImport, recomputeSnapshot } from './measure-import';
import { ImportWizard, type ImportHow } from '../import/ImportWizard';
import { ImportDetails } from '../import/ImportDetails';
import type { ImportSummary } from '../../../shared/ipc/import';
import type { ComplianceResult, Workbook } from '../../../shared/workbook/schema';
import './compliance.css';

/**
 * The compliance dashboard, drawn from the workbook's import snapshots (no CSV needed): scorecard,
 * trend, response-time histogram, funnel against the plan of record, breakdowns and breaches.
 */
export default function ComplianceScreen() {
  const { t } = useTranslation('compliance');
  const lang = useUi((u) => u.language);
  const doc = useDoc();
  const [snapshotId, setSnapshotId] = useState<string | null>(null);
  const [clauseId, setClauseId] = useState<string | null>(null);
  const [breachClause, setBreachClause] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [measuring, setMeasuring] = useState(false);
  const [wizardKey, setWizardKey] = useState(0);
  /** The last import of this session, its report folded above the dashboard. */
  const [lastImport, setLastImport] = useState<{ summary: ImportSummary; timeZone: string } | null>(null);
  const snapshots = doc?.imports.snapshots ?? [];
  const current = snapshots.find((s) => s.id === snapshotId) ?? latestSnapshot(snapshots);
  const previous = current ? previousSnapshot(snapshots, current) : undefined;
  // Clauses by their current titles: a clause renamed since the import reads as the agreement says now.
  const result = current?.result && doc ? withCurrentTitles(current.result, doc) : current?.result;
  // Both are small (clauses × months); the renderer recomputes them with the document.
  const pva = doc && result ? planVsActual(doc, result) : null;
  const diff = previous && result ? diffResults(previous.result, result) : null;

  if (!doc) return null;

  // The import's last step: measure in main and keep the snapshot, then show it.
  const onImported = async (summary: ImportSummary, how: ImportHow) => {
    // Keep the wizard (and its import report) mounted while the new snapshot replaces the empty state.
    setImporting(true);
    setMeasuring(true);
    const r = await measureImport(summary, how);
    setMeasuring(false);
    if (!r.ok) {
      notify({ kind: 'error', error: r.error });
      return;
    }
    // Straight to the answer: the wizard closes and the dashboard opens at its top.
    setSnapshotId(r.value.id);
    setImporting(false);
    setLastImport({ summary, timeZone: how.timeZone });
    document.querySelector('.content')?.scrollTo({ top: 0 });
  };
  const wizard = (
    <section className="panel import-panel" aria-label={t('empty.action')}>
      <ImportWizard key={wizardKey} onImported={(s, how) => void onImported(s, how)} />
      {measuring && <p aria-live="polite">{t('measuring')}</p>}
    </section>
  );

  if (!current || !result) {
    return (
      <div className="compliance-screen">
        <h1>{t('title')}</h1>
        {/* Second child in both layouts, so the wizard (and its report) survives the first import. */}
        {wizard}
        <section className="panel empty" data-testid="compliance-empty">
          <h2>{t('empty.title')}</h2>
          <p>{t('empty.body')}</p>
        </section>
      </div>
    );
  }
  const selected =
    result.clauses.find((c) => c.id === clauseId) ??
    result.clauses.find((c) => !c.reason) ??
    result.clauses[0];
  const responseClauses = result.clauses.filter((c) => c.histogram);
  const selectedClause = selected && doc.clauses.find((c) => c.id === selected.id);
  const planValues = pva && selectedClause ? planForClause(doc, pva, selectedClause) : null;
  const planLine = pva?.overlaps && planValues ? { name: pva.scenarioName, values: planValues } : null;
  const recompute = async () => {
    const r = await recomputeSnapshot(current.id);
    if (!r.ok) notify({ kind: 'error', error: r.error });
  };

  return (
    <div className="compliance-screen">
      <header className="compliance-header">
        <div className="header-text">
          <h1>{t('title')}</h1>
          <p data-testid="compliance-asof">
            {t('asOf', { date: formatDateTime(result.asOf, lang, result.timeZone) })} ·{' '}
            {t('source', {
              files: current.files.map((f) => f.name).join(', ') || '—',
              records: formatNumber(result.records, lang),
            })}
          </p>
        </div>
        {snapshots.length > 1 && (
          <label>
            <span className="visually-hidden">{t('asOf', { date: '' })}</span>
            <select
              value={current.id}
              onChange={(e) => setSnapshotId(e.target.value)}
              data-testid="snapshot-select"
            >
              {[...snapshots]
                .sort((a, b) => b.asOf.localeCompare(a.asOf))
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {t('asOf', { date: formatDateTime(s.asOf, lang, s.result.timeZone) })}
                  </option>
                ))}
            </select>
          </label>
        )}
        <button
          type="button"
          onClick={() => {
            setWizardKey((k) => k + 1); // a fresh wizard for the newer export
            setImporting(true);
          }}
        >
          {t('reimport')}
        </button>
        {canRecompute(current.id) && (
          <button type="button" onClick={() => void recompute()}>
            {t('recompute')}
          </button>
        )}
      </header>
      {importing && wizard}
      <ComplianceSummary
        result={result}
        doc={doc}
        selected={selected?.id ?? null}
        onSelect={(id) => {
          setClauseId(id);
          setBreachClause(result.breaches.items.some((b) => b.clauseId === id) ? id : null);
        }}
      />
      {lastImport && !importing && <ImportDetails {...lastImport} />}
      <h2 className="details-title">{t('summary.details')}</h2>
      {diff && previous && <SnapshotChanges diff={diff} previousAsOf={previous.asOf} />}
      <div className="compliance-grid">
        {selected && (
          <TrendChart
            clause={selected}
            plan={planLine}
            planGap={planValues ? <PlanGap pva={pva} /> : null}
            reviewRule={result.reviewRule}
          />
        )}
        {selected && (
          <LeadQuality
            clause={selected}
            onList={(id) => {
              setBreachClause(id);
              document.getElementById('breaches-title')?.scrollIntoView();
            }}
          />
        )}
        {selected && <DealsTable clause={selected} fiscalYearStartMonth={result.fiscalYearStartMonth} />}
        {selected && <OverCapacityTable clause={selected} />}
        <TeamTriggers result={result} doc={doc} />
        {responseClauses.map((c) => (
          <ResponseHistogram key={c.id} clause={c} />
        ))}
        <CoverageNote result={result} />
      </div>
      <FunnelVsPlan result={result} pva={pva} stages={doc.stages} />
      <FlaggedRecords result={result} doc={doc} />
      <BreakdownTable clauses={result.clauses} by="owner" />
      <BreakdownTable clauses={result.clauses} by="channel" />
      <BreachTable result={result} clauseId={breachClause} onClause={setBreachClause} />
    </div>
  );
}

/**
 * The clauses under the workbook's current titles, each with the name of the stage it counts (a
 * capacity reads "6 MQLs per rep").
 */
function withCurrentTitles(result: ComplianceResult, doc: Workbook): ComplianceResult {
  return {
    ...result,
    clauses: result.clauses.map((c) => ({ ...figureClause(doc, c), title: clauseTitle(doc, c) })),
  };
}
