import { useMemo, useState } from 'react';
import { I18nProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { planScenario } from '../../../shared/funnel/plan';
import { calibrateScenario, measuredRates } from '../../../shared/funnel/calibrate';
import {
  addScenario,
  createScenario,
  deleteScenario,
  duplicateScenario,
  renameScenario,
  setPlanOfRecord,
  uniqueName,
} from '../../../shared/funnel/scenarios';
import { newScenario } from '../../../shared/funnel/align';
import { newId } from '../../../shared/workbook/ids';
import { LOCALES, formatDate } from '../../format';
import { useDoc } from '../../state/workbook-store';
import { useUi } from '../../state/ui-store';
import { editScenarioList } from './edit';
import { ScenarioEditor } from './ScenarioEditor';
import { FunnelChart, MonthlyChart, MonthlyTable, PlanFigures } from './PlanResults';
import { ScenarioSlides } from './ScenarioSlides';
import { Warning } from './fields';
import { Analysis } from './Analysis';
import { CompareView } from './CompareView';
import { useIssueText } from './fields';
import './scenarios.css';

const MAX_COMPARED = 3;

/** The funnel scenario modeller: the list of scenarios, one scenario's inputs and plan, or a comparison. */
export default function ScenariosScreen() {
  const { t } = useTranslation('scenarios');
  const lang = useUi((u) => u.language);
  const presentation = useUi((u) => u.presentation);
  const doc = useDoc();
  const issueText = useIssueText();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [comparing, setComparing] = useState<string[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const items = doc?.scenarios.items ?? [];
  const planOfRecordId = doc?.scenarios.planOfRecordId ?? '';
  const selected =
    items.find((s) => s.id === selectedId) ?? items.find((s) => s.id === planOfRecordId) ?? items[0];
  const stages = doc?.stages;
  const outcome = useMemo(
    () => (stages && selected ? planScenario(stages, selected) : null),
    [stages, selected],
  );
  if (!doc || !stages) return null;
  const currency = doc.meta.currency;

  const select = (id: string) => {
    setSelectedId(id);
    setMessage(null);
  };
  const create = () => {
    const id = newId();
    editScenarioList((list) =>
      createScenario(list, stages, {
        id,
        name: uniqueName(list, t('list.newName', { n: list.items.length + 1 })),
        fiscalYear: new Date().getFullYear(),
      }),
    );
    select(id);
  };
  const duplicate = () => {
    if (!selected) return;
    const id = newId();
    editScenarioList((list) =>
      duplicateScenario(list, selected.id, {
        id,
        name: uniqueName(list, t('list.copyName', { name: selected.name })),
      }),
    );
    select(id);
  };
  const remove = () => {
    if (!selected) return;
    editScenarioList((list) => deleteScenario(list, selected.id));
    setSelectedId(null);
    setMessage(t('list.deleted', { name: selected.name }));
  };
  const fromMeasured = () => {
    const measured = measuredRates(doc.imports.snapshots);
    if (measured.length === 0) {
      setMessage(t('calibrate.needsData'));
      return;
    }
    const base =
      selected ?? newScenario(stages, { id: 'base', name: '', fiscalYear: new Date().getFullYear() });
    const id = newId();
    const name = uniqueName(
      doc.scenarios,
      t('list.measuredName', { date: formatDate(new Date().toISOString(), lang) }),
    );
    const out = calibrateScenario(stages, base, measured, { id, name });
    if (!out.ok || out.value.applied.length === 0) {
      setMessage(t('calibrate.noneUsable'));
      return;
    }
    const scenario = out.value.scenario;
    editScenarioList((list) => addScenario(list, scenario));
    setSelectedId(id);
    const skipped = out.value.skipped.length;
    setMessage(
      t('calibrate.done', { name, count: out.value.applied.length }) +
        (skipped > 0 ? ' ' + t('calibrate.skipped', { count: skipped }) : ''),
    );
  };
  const toggleCompared = (id: string, on: boolean) =>
    setComparing((ids) => {
      const now = ids ?? [];
      return on ? [...now.filter((x) => x !== id), id].slice(-MAX_COMPARED) : now.filter((x) => x !== id);
    });
  const compared = (comparing ?? []).flatMap((id) => items.filter((s) => s.id === id));

  if (presentation && outcome) {
    return (
      <I18nProvider locale={LOCALES[lang]}>
        <ScenarioSlides
          outcome={outcome}
          stages={stages}
          currency={currency}
          compared={comparing ? compared : []}
        />
      </I18nProvider>
    );
  }

  return (
    <I18nProvider locale={LOCALES[lang]}>
      <section className="scenarios-screen" data-testid="scenarios-screen">
        <h1>{comparing ? t('compare.title') : t('title')}</h1>
        <p className="lead">{t('lead')}</p>

        <div className="scenario-toolbar" role="toolbar" aria-label={t('title')}>
          {!comparing && items.length > 0 && selected && (
            <>
              <label className="field inline">
                <span>{t('list.label')}</span>
                <select
                  value={selected.id}
                  onChange={(e) => select(e.target.value)}
                  data-testid="scenario-select"
                >
                  {items.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.id === planOfRecordId ? `${s.name} ★` : s.name}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field inline">
                <span>{t('list.rename')}</span>
                <input
                  value={selected.name}
                  onChange={(e) => {
                    const name = e.target.value;
                    editScenarioList(
                      (list) => renameScenario(list, selected.id, name),
                      `scenario.${selected.id}.name`,
                    );
                  }}
                />
              </label>
              {selected.id === planOfRecordId && (
                <span className="badge" data-testid="plan-of-record">
                  ★ {t('list.planOfRecord')}
                </span>
              )}
            </>
          )}
          {!comparing && (
            <div className="toolbar-actions">
              <button type="button" onClick={create}>
                {t('list.new')}
              </button>
              <button type="button" onClick={duplicate} disabled={!selected}>
                {t('list.duplicate')}
              </button>
              <button type="button" onClick={remove} disabled={!selected}>
                {t('list.delete')}
              </button>
              {selected && selected.id !== planOfRecordId && (
                <button
                  type="button"
                  onClick={() => editScenarioList((list) => setPlanOfRecord(list, selected.id))}
                >
                  {t('list.markPlanOfRecord')}
                </button>
              )}
              <button type="button" onClick={fromMeasured}>
                {t('list.fromMeasured')}
              </button>
            </div>
          )}
          <button
            type="button"
            className={comparing ? undefined : 'primary'}
            disabled={items.length < 2}
            onClick={() => {
              setMessage(null);
              setComparing(comparing ? null : items.slice(0, 2).map((s) => s.id));
            }}
          >
            {comparing ? t('list.edit') : t('list.compare')}
          </button>
        </div>
        {message && (
          <p className="scenario-message" role="status" data-testid="scenario-message">
            {message}
          </p>
        )}

        {comparing ? (
          <>
            <fieldset className="compare-pick">
              <legend>{t('compare.pick')}</legend>
              {items.map((s) => (
                <label key={s.id} className="check">
                  <input
                    type="checkbox"
                    checked={comparing.includes(s.id)}
                    onChange={(e) => toggleCompared(s.id, e.target.checked)}
                  />
                  {s.name}
                </label>
              ))}
            </fieldset>
            {compared.length >= 2 && <CompareView scenarios={compared} stages={stages} currency={currency} />}
          </>
        ) : !selected || !outcome ? (
          <p className="muted">{t('empty')}</p>
        ) : (
          <>
            <div className="plan-summary">
              {outcome.ok ? (
                <>
                  <PlanFigures plan={outcome.plan} stages={stages} currency={currency} />
                  {outcome.plan.warnings.map((w) => (
                    <Warning key={w.code} issue={w} />
                  ))}
                </>
              ) : (
                <div className="plan-invalid" role="alert" data-testid="plan-invalid">
                  <p>{t('results.invalid')}</p>
                  <ul>
                    {outcome.issues.map((i) => (
                      <li key={i.field + i.code}>{issueText(i)}</li>
                    ))}
                  </ul>
                </div>
              )}
            </div>
            <div className="scenario-body">
              <ScenarioEditor
                scenario={outcome.scenario}
                stages={stages}
                issues={outcome.ok ? outcome.plan.warnings : outcome.issues}
                currency={currency}
              />
              {outcome.ok && (
                <div className="chart-row" aria-label={t('results.title')} role="group">
                  <div className="chart" data-testid="chart-funnel">
                    <FunnelChart plan={outcome.plan} stages={stages} />
                  </div>
                  <div className="chart" data-testid="chart-monthly">
                    <MonthlyChart plan={outcome.plan} stages={stages} />
                  </div>
                </div>
              )}
              {outcome.ok && (
                <div className="monthly-plan">
                  <h2>{t('results.perMonth')}</h2>
                  <MonthlyTable plan={outcome.plan} stages={stages} />
                </div>
              )}
              <Analysis scenario={outcome.scenario} stages={stages} currency={currency} />
            </div>
          </>
        )}
      </section>
    </I18nProvider>
  );
}
