import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateWorkbook } from '../../../state/workbook-store';
import type { Workbook } from '../../../../shared/workbook/schema';
import { newId } from '../../../../shared/workbook/ids';
import { maxScore, scoreLead } from '../../../../shared/workbook/scoring';
import { NumberField } from '../fields';
import { IssueNotes, useIssues } from '../issues';
import { AddItemButton, ItemTable } from '../ItemTable';

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
      <ItemTable
        items={doc.scoring.criteria}
        list={(d) => d.scoring.criteria}
        coalesce="criterion"
        columns={[
          {
            kind: 'select',
            field: 'kind',
            header: t('scoring.kind'),
            options: (['fit', 'engagement'] as const).map((k) => ({
              value: k,
              label: t(`scoring.kinds.${k}`),
            })),
            coalesce: false,
          },
          {
            kind: 'text',
            field: 'label',
            header: t('scoring.label'),
            className: 'wide',
            after: (c) => <CriterionIssues id={c.id} />,
          },
          {
            kind: 'number',
            field: 'points',
            header: t('scoring.points'),
            minValue: -1000,
            maxValue: 1000,
            coalesce: false,
          },
        ]}
      />
      <AddItemButton
        label={t('actions.addCriterion')}
        list={(d) => d.scoring.criteria}
        item={() => ({ id: newId(), kind: 'fit', label: '', points: 10 })}
      />

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
