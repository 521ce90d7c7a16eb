import { useTranslation } from 'react-i18next';
import type { Scenario, Stage, Transition } from '../../../shared/workbook/schema';
import type { ValidationIssue } from '../../../shared/funnel/validate';
import { formatMonth, formatNumber } from '../../format';
import { useUi } from '../../state/ui-store';
import { Options } from '../../components/Options';
import { editScenario, editTransition } from './edit';
import { NumberInput, RateSlider, useIssueText } from './fields';

/** Used when seasonality is switched on: a plain starting point summing to 100 that the user then edits. */
const STARTING_WEIGHTS = [8, 8, 8, 9, 8, 8, 9, 8, 8, 9, 8, 9];

interface Props {
  scenario: Scenario;
  stages: readonly Stage[];
  issues: readonly ValidationIssue[];
  currency: string;
}

/** Every input of one scenario; each change is one undo step and re-plans at once. */
export function ScenarioEditor({ scenario: s, stages, issues, currency }: Props) {
  const { t } = useTranslation('scenarios');
  const lang = useUi((u) => u.language);
  const issueText = useIssueText();
  const issueAt = (field: string) => issues.find((i) => i.field === field);
  const edit = (field: string, change: (s: Scenario) => Scenario) => editScenario(s.id, field, change);
  const money: Intl.NumberFormatOptions = { style: 'currency', currency, maximumFractionDigits: 0 };
  const percent: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 2 };
  const name = (id: string) => stages.find((st) => st.id === id)?.name ?? id;
  const setTransition = (i: number, field: string, patch: (t: Transition) => Transition) =>
    editTransition(s.id, i, field, patch);
  const monthName = (m: number) =>
    formatMonth({ year: 2001, month: m }, lang, { style: 'long', year: false });
  const weightSum = s.seasonality?.reduce((a, w) => a + w, 0) ?? 100;
  const seasonalityIssue = issueAt('seasonality');

  return (
    <div className="scenario-editor">
      <div className="field-row">
        <NumberInput
          label={t('fields.goal')}
          value={s.goal}
          format={money}
          issue={issueAt('goal')}
          onChange={(goal) => edit('goal', (x) => ({ ...x, goal }))}
          testId="goal"
        />
        <NumberInput
          label={t('fields.avgDealSize')}
          value={s.avgDealSize}
          format={money}
          issue={issueAt('avgDealSize')}
          onChange={(avgDealSize) => edit('avgDealSize', (x) => ({ ...x, avgDealSize }))}
        />
      </div>
      <div className="field-row">
        <NumberInput
          label={t('fields.fiscalYear')}
          value={s.fiscalYear}
          format={{ useGrouping: false, maximumFractionDigits: 0 }}
          min={1970}
          max={2200}
          onChange={(y) => y !== null && edit('fiscalYear', (x) => ({ ...x, fiscalYear: Math.round(y) }))}
        />
        <label className="field">
          <span>{t('fields.startMonth')}</span>
          <select
            value={s.fiscalYearStartMonth}
            onChange={(e) => {
              const m = Number(e.target.value);
              edit('fiscalYearStartMonth', (x) => ({ ...x, fiscalYearStartMonth: m }));
            }}
          >
            {Array.from({ length: 12 }, (_, i) => (
              <option key={i} value={i + 1}>
                {monthName(i + 1)}
              </option>
            ))}
          </select>
        </label>
      </div>

      <fieldset>
        <legend>{t('fields.transitions')}</legend>
        <table className="transitions">
          <thead>
            <tr>
              <td />
              <th scope="col" colSpan={2}>
                {t('fields.rate')}
              </th>
              <th scope="col">{t('fields.lag')}</th>
              <th scope="col">{t('fields.low')}</th>
              <th scope="col">{t('fields.high')}</th>
            </tr>
          </thead>
          <tbody>
            {s.transitions.map((tr, i) => {
              const pair = { from: name(tr.fromStageId), to: name(tr.toStageId) };
              return (
                <tr key={`${tr.fromStageId}>${tr.toStageId}`} data-testid={`transition-${i}`}>
                  <th scope="row">{t('fields.pair', pair)}</th>
                  <td>
                    <NumberInput
                      label={t('fields.rateSlider', pair)}
                      className="label-hidden"
                      value={tr.rate}
                      format={percent}
                      max={1}
                      step={0.005}
                      issue={issueAt(`transitions.${i}.rate`)}
                      onChange={(rate) => setTransition(i, 'rate', (x) => ({ ...x, rate: rate ?? 0 }))}
                      testId={`rate-${i}`}
                      chars={6}
                    />
                  </td>
                  <td>
                    <RateSlider
                      label={t('fields.rateSlider', pair)}
                      value={tr.rate}
                      onChange={(rate) => setTransition(i, 'rate', (x) => ({ ...x, rate }))}
                    />
                  </td>
                  <td>
                    <NumberInput
                      label={t('fields.lag')}
                      className="label-hidden"
                      value={tr.lagDays}
                      max={3650}
                      format={{ maximumFractionDigits: 1 }}
                      issue={issueAt(`transitions.${i}.lagDays`)}
                      chars={4}
                      onChange={(lag) => setTransition(i, 'lagDays', (x) => ({ ...x, lagDays: lag ?? 0 }))}
                    />
                  </td>
                  {(['low', 'high'] as const).map((bound) => (
                    <td key={bound}>
                      <NumberInput
                        label={`${t(`fields.${bound}`)} ${t('fields.pair', pair)}`}
                        className="label-hidden"
                        value={tr[bound] ?? null}
                        format={percent}
                        max={1}
                        step={0.005}
                        issue={bound === 'low' ? issueAt(`transitions.${i}.low`) : undefined}
                        chars={6}
                        onChange={(v) =>
                          setTransition(i, bound, (x) => {
                            const next = { ...x };
                            if (v === null) delete next[bound];
                            else next[bound] = v;
                            return next;
                          })
                        }
                      />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </fieldset>

      <fieldset>
        <legend>{t('fields.capacity')}</legend>
        <div className="field-row">
          <NumberInput
            label={t('fields.reps')}
            value={s.capacity.reps}
            max={100_000}
            issue={issueAt('capacity.reps')}
            onChange={(reps) =>
              edit('capacity.reps', (x) => ({ ...x, capacity: { ...x.capacity, reps: reps ?? 0 } }))
            }
          />
          <NumberInput
            label={t('fields.leadsPerRep')}
            value={s.capacity.leadsPerRep}
            max={1_000_000}
            issue={issueAt('capacity.leadsPerRep')}
            onChange={(n) =>
              edit('capacity.leadsPerRep', (x) => ({
                ...x,
                capacity: { ...x.capacity, leadsPerRep: n ?? 0 },
              }))
            }
          />
          <label className="field">
            <span>{t('fields.handover')}</span>
            <select
              value={s.capacity.handoverStageId}
              onChange={(e) => {
                const id = e.target.value;
                edit('capacity.handover', (x) => ({
                  ...x,
                  capacity: { ...x.capacity, handoverStageId: id },
                }));
              }}
            >
              <Options
                none={t('fields.noHandover')}
                options={stages.map((st) => ({ value: st.id, label: st.name }))}
              />
            </select>
          </label>
        </div>
        <NumberInput
          label={t('fields.topOfFunnel')}
          value={s.topOfFunnel}
          issue={issueAt('topOfFunnel')}
          onChange={(top) => edit('topOfFunnel', (x) => ({ ...x, topOfFunnel: top }))}
        />
      </fieldset>

      <fieldset className="seasonality">
        <legend>{t('fields.seasonality')}</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={s.seasonality === null}
            onChange={(e) => {
              const even = e.target.checked;
              edit('seasonality', (x) => ({ ...x, seasonality: even ? null : [...STARTING_WEIGHTS] }));
            }}
          />
          {t('fields.even')}
        </label>
        {s.seasonality && (
          <>
            <div className="weights">
              {s.seasonality.map((w, i) => (
                <NumberInput
                  key={i}
                  label={monthName(((s.fiscalYearStartMonth - 1 + i) % 12) + 1)}
                  value={w}
                  max={100}
                  format={{ maximumFractionDigits: 2 }}
                  onChange={(v) =>
                    edit(`seasonality.${i}`, (x) => ({
                      ...x,
                      seasonality: (x.seasonality ?? STARTING_WEIGHTS).map((old, k) =>
                        k === i ? (v ?? 0) : old,
                      ),
                    }))
                  }
                />
              ))}
            </div>
            <p
              className={seasonalityIssue ? 'field-error' : 'muted'}
              role={seasonalityIssue ? 'alert' : undefined}
            >
              {seasonalityIssue
                ? issueText(seasonalityIssue)
                : t('fields.weightsSum', { sum: formatNumber(weightSum, lang, 2) + ' %' })}
            </p>
          </>
        )}
      </fieldset>
    </div>
  );
}
