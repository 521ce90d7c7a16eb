import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateWorkbook } from '../../../state/workbook-store';
import type { ScoringCriterion, Workbook } from '../../../../shared/workbook/schema';
import { newId } from '../../../../shared/workbook/ids';
import { maxScore, scoreLead } from '../../../../shared/workbook/scoring';
import { byId, removeById } from '../edits';
import { NumberField, SelectField, TextField } from '../fields';
import { IssueNotes, useIssues } from '../issues';

const edit = (id: string, recipe: (c: ScoringCriterion) => void, coalesce?: string) =>
  updateWorkbook(
    (d) => {
      const c = byId(d.scoring.criteria, id);
      if (c) recipe(c);
    },
    coalesce ? { coalesce } : {},
  );

function CriterionIssues({ id }: { id: string }) {
  return <IssueNotes issues={useIssues({ itemId: id, field: 'label' })} />;
}

export function Scoring({ doc }: { doc: Workbook }) {
  const { t } = useTranslation('workbook');
  // The sample lead of the calculator is a scratch pad: not part of the workbook, not undoable.
  const [sample, setSample] = useState<ReadonlySet<string>>(new Set());
  const score = scoreLead(doc.scoring, sample);
  return (
    <>
      <NumberField
        label={t('scoring.threshold')}
        value={doc.scoring.threshold}
        minValue={0}
        maxValue={10_000}
        at={{ field: 'threshold' }}
        description={t('scoring.max', { max: maxScore(doc.scoring.criteria) })}
        onChange={(v) => v !== null && updateWorkbook((d) => void (d.scoring.threshold = v))}
      />
      <h2>{t('scoring.criteria')}</h2>
      <div className="table-scroll">
        <table className="edit-table">
          <thead>
            <tr>
              <th>{t('scoring.kind')}</th>
              <th>{t('scoring.label')}</th>
              <th>{t('scoring.points')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {doc.scoring.criteria.map((c) => (
              <tr key={c.id}>
                <td>
                  <SelectField
                    className="compact"
                    label={t('scoring.kind')}
                    value={c.kind}
                    options={(['fit', 'engagement'] as const).map((k) => ({
                      value: k,
                      label: t(`scoring.kinds.${k}`),
                    }))}
                    onChange={(v) => edit(c.id, (x) => void (x.kind = v))}
                  />
                </td>
                <td className="wide">
                  <TextField
                    className="compact"
                    label={t('scoring.label')}
                    value={c.label}
                    onChange={(v) => edit(c.id, (x) => void (x.label = v), `criterion:${c.id}`)}
                  />
                  <CriterionIssues id={c.id} />
                </td>
                <td>
                  <NumberField
                    className="compact"
                    label={t('scoring.points')}
                    value={c.points}
                    minValue={-1000}
                    maxValue={1000}
                    onChange={(v) => v !== null && edit(c.id, (x) => void (x.points = v))}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="danger"
                    onClick={() => updateWorkbook((d) => removeById(d.scoring.criteria, c.id))}
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
            (d) => void d.scoring.criteria.push({ id: newId(), kind: 'fit', label: '', points: 10 }),
          )
        }
      >
        {t('actions.addCriterion')}
      </button>

      <section className="calculator" aria-labelledby="calc-title">
        <h2 id="calc-title">{t('scoring.calculator')}</h2>
        <p className="muted">{t('scoring.calculatorHelp')}</p>
        <ul className="check-list">
          {doc.scoring.criteria.map((c) => (
            <li key={c.id}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={sample.has(c.id)}
                  onChange={(e) => {
                    const next = new Set(sample);
                    if (e.target.checked) next.add(c.id);
                    else next.delete(c.id);
                    setSample(next);
                  }}
                />
                {c.label || '—'}{' '}
                <span className="muted">
                  ({c.points > 0 ? '+' : ''}
                  {c.points})
                </span>
              </label>
            </li>
          ))}
        </ul>
        <p className="score-result" data-testid="score-result" role="status">
          <strong>
            {t('scoring.result', { total: score.total, fit: score.fit, engagement: score.engagement })}
          </strong>{' '}
          —{' '}
          {score.isMql
            ? t('scoring.isMql')
            : t('scoring.notMql', { shortfall: score.shortfall, threshold: doc.scoring.threshold })}
        </p>
      </section>
    </>
  );
}
