import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateWorkbook } from '../../../state/workbook-store';
import { useUi } from '../../../state/ui-store';
import {
  Period,
  clauseTypes,
  type Clause,
  type ClauseType,
  type TouchRule,
  type Workbook,
} from '../../../../shared/workbook/schema';
import { statusAfterEdit } from '../../../../shared/workbook/clause-terms';
import { clauseTarget } from '../../../../shared/export/agreement-text';
import { ACTIVITY_CHANNELS, type ActivityChannel } from '../../../../shared/records/record-set';
import { byId, newClause, removeById } from '../edits';
import { StatusBadge } from '../../../components/StatusBadge';
import { ItemCard, NumberField, SelectField, StatusPicker, TextField } from '../fields';
import { useTeamOptions } from './Stages';
import { Comments } from './Comments';

/** Edits one clause; `K` narrows the recipe to the clause's own type. */
function edit<T extends Clause>(clause: T, recipe: (c: T) => void, coalesce?: string) {
  updateWorkbook(
    (d) => {
      const c = byId(d.clauses, clause.id);
      if (!c || c.type !== clause.type) return;
      recipe(c as T);
      c.status = statusAfterEdit(clause, c as Clause);
    },
    coalesce ? { coalesce } : {},
  );
}

/** A one-line reading of the clause's commitment, the same sentence the PDF and the xlsx print. */
function useSummary(doc: Workbook): (c: Clause) => string {
  const { t } = useTranslation('export');
  const lang = useUi((s) => s.language);
  return (c) => (c.type === 'qualitative' ? '' : clauseTarget(c, doc, (k, p) => t(k, p ?? {}), lang));
}

/** The fields of a clause's own type (stage, target, limits); also on a commitment's editable slide. */
/** Which activities count as a touch: channels and connect-only (see TouchRule). */
function TouchRuleFields({ c }: { c: Extract<Clause, { touches: TouchRule }> }) {
  const { t } = useTranslation('workbook');
  const rule = c.touches;
  const toggle = (ch: ActivityChannel, on: boolean) =>
    edit(c, (y) => {
      const next = ACTIVITY_CHANNELS.filter((x) => (x === ch ? on : y.touches.channels.includes(x)));
      // At least one channel: the last one cannot be unticked.
      if (next.length > 0) y.touches.channels = next;
    });
  return (
    <fieldset className="touch-rule">
      <legend>{t('clauses.touches.legend')}</legend>
      {ACTIVITY_CHANNELS.map((ch) => (
        <label key={ch} className="check">
          <input
            type="checkbox"
            checked={rule.channels.includes(ch)}
            disabled={rule.channels.length === 1 && rule.channels.includes(ch)}
            onChange={(e) => toggle(ch, e.target.checked)}
          />{' '}
          {t(`clauses.touches.channels.${ch}`)}
        </label>
      ))}
      <label className="check">
        <input
          type="checkbox"
          checked={rule.connectsOnly}
          onChange={(e) => edit(c, (y) => void (y.touches.connectsOnly = e.target.checked))}
        />{' '}
        {t('clauses.touches.connectsOnly')}
      </label>
      <p className="muted">{t('clauses.touches.never')}</p>
    </fieldset>
  );
}

export function TypeFields({ c, doc }: { c: Clause; doc: Workbook }) {
  const { t } = useTranslation('workbook');
  const stages = doc.stages.map((s) => ({ value: s.id, label: s.name || '—' }));
  const at = (field: string) => ({ itemId: c.id, field });
  const stageSelect = (field: 'stageId' | 'acceptStageId' | 'fromStageId' | 'toStageId', label: string) => (
    <SelectField
      label={label}
      value={(c as Record<string, unknown>)[field] as string}
      options={stages}
      at={at(field)}
      onChange={(v) => edit(c, (x) => void ((x as Record<string, unknown>)[field] = v))}
    />
  );
  const hours = (x: Extract<Clause, { hours: 'business' | 'calendar' }>) => (
    <>
      <NumberField
        label={t('clauses.limitHours')}
        value={x.limitHours}
        minValue={0.25}
        maxValue={24 * 365}
        at={at('limitHours')}
        onChange={(v) => v !== null && edit(x, (y) => void (y.limitHours = v))}
      />
      <SelectField
        label={t('clauses.hours')}
        value={x.hours}
        options={(['business', 'calendar'] as const).map((h) => ({
          value: h,
          label: t(`clauses.hoursKinds.${h}`),
        }))}
        onChange={(v) => edit(x, (y) => void (y.hours = v))}
      />
    </>
  );
  const share = (x: Extract<Clause, { targetShare: number }>) => (
    <NumberField
      label={t('clauses.targetShare')}
      value={x.targetShare}
      percent
      minValue={0}
      maxValue={1}
      at={at('targetShare')}
      onChange={(v) => v !== null && edit(x, (y) => void (y.targetShare = v))}
    />
  );
  // Revenue and capacity read their target from the plan of record, or from the clause.
  const targetFrom = (x: Extract<Clause, { type: 'revenue' | 'capacity' }>) => (
    <SelectField
      label={t('clauses.targetFrom')}
      value={x.targetFrom}
      options={(['fixed', 'plan'] as const).map((f) => ({ value: f, label: t(`clauses.targetFroms.${f}`) }))}
      onChange={(v) => edit(x, (y) => void (y.targetFrom = v))}
    />
  );
  const fixedOnly = (x: Extract<Clause, { type: 'revenue' | 'capacity' }>) =>
    x.targetFrom === 'plan' ? { description: t('clauses.fixedOnly') } : {};
  switch (c.type) {
    case 'volume':
      return (
        <div className="section-grid three">
          {stageSelect('stageId', t('clauses.stage'))}
          <NumberField
            label={t('clauses.target')}
            value={c.target}
            minValue={0}
            maxValue={1_000_000_000}
            maxDecimals={0}
            at={at('target')}
            onChange={(v) => v !== null && edit(c, (y) => void (y.target = v))}
          />
          <TextField
            label={t('clauses.channel')}
            value={c.channel ?? ''}
            onChange={(v) =>
              edit(
                c,
                (y) => {
                  if (v === '') delete y.channel;
                  else y.channel = v;
                },
                `clause:${c.id}:channel`,
              )
            }
          />
        </div>
      );
    case 'responseTime':
      return (
        <>
          <div className="section-grid four">
            {stageSelect('stageId', t('clauses.stage'))}
            {hours(c)}
            {share(c)}
          </div>
          <TouchRuleFields c={c} />
        </>
      );
    case 'cadence':
      return (
        <>
          <div className="section-grid four">
            {stageSelect('stageId', t('clauses.stage'))}
            <NumberField
              label={t('clauses.minTouches')}
              value={c.minTouches}
              minValue={1}
              maxValue={100}
              maxDecimals={0}
              at={at('minTouches')}
              onChange={(v) => v !== null && edit(c, (y) => void (y.minTouches = Math.round(v)))}
            />
            <NumberField
              label={t('clauses.withinBusinessDays')}
              value={c.withinDays}
              minValue={1}
              maxValue={365}
              maxDecimals={0}
              at={at('withinDays')}
              onChange={(v) => v !== null && edit(c, (y) => void (y.withinDays = Math.round(v)))}
            />
            {share(c)}
          </div>
          <TouchRuleFields c={c} />
        </>
      );
    case 'acceptance':
      return (
        <>
          <div className="section-grid three">
            {stageSelect('stageId', t('clauses.stage'))}
            {stageSelect('acceptStageId', t('clauses.acceptStage'))}
            {share(c)}
            {hours(c)}
          </div>
          <TextField
            multiline
            label={t('clauses.reasonCodes')}
            value={c.reasonCodes.join('\n')}
            at={at('reasonCodes')}
            onChange={(v) =>
              edit(c, (y) => void (y.reasonCodes = v.split('\n').slice(0, 50)), `clause:${c.id}:reasons`)
            }
          />
        </>
      );
    case 'acceptanceRate':
      return (
        <div className="section-grid four">
          {stageSelect('stageId', t('clauses.stage'))}
          {stageSelect('acceptStageId', t('clauses.acceptStage'))}
          {share(c)}
          <NumberField
            label={t('clauses.decideWithinDays')}
            value={c.decideWithinDays}
            minValue={1}
            maxValue={365}
            maxDecimals={0}
            at={at('decideWithinDays')}
            onChange={(v) => v !== null && edit(c, (y) => void (y.decideWithinDays = Math.round(v)))}
          />
        </div>
      );
    case 'scoring':
      return (
        <>
          <div className="section-grid three">
            {stageSelect('stageId', t('clauses.handoverStage'))}
            {share(c)}
          </div>
          <p className="muted">{t('clauses.scoringThreshold', { threshold: doc.scoring.threshold })}</p>
        </>
      );
    case 'conversion':
      return (
        <div className="section-grid four">
          {stageSelect('fromStageId', t('clauses.fromStage'))}
          {stageSelect('toStageId', t('clauses.toStage'))}
          <NumberField
            label={t('clauses.targetRate')}
            value={c.targetRate}
            percent
            minValue={0}
            maxValue={1}
            at={at('targetRate')}
            onChange={(v) => v !== null && edit(c, (y) => void (y.targetRate = v))}
          />
          <NumberField
            label={t('clauses.windowDays')}
            value={c.windowDays}
            minValue={1}
            maxValue={3650}
            maxDecimals={0}
            at={at('windowDays')}
            onChange={(v) => v !== null && edit(c, (y) => void (y.windowDays = Math.round(v)))}
          />
        </div>
      );
    case 'recycling':
      return (
        <div className="section-grid three">
          {stageSelect('stageId', t('clauses.stage'))}
          <NumberField
            label={t('clauses.stallDays')}
            value={c.stallDays}
            minValue={1}
            maxValue={3650}
            maxDecimals={0}
            at={at('stallDays')}
            onChange={(v) => v !== null && edit(c, (y) => void (y.stallDays = Math.round(v)))}
          />
          {share(c)}
        </div>
      );
    case 'velocity':
      return (
        <div className="section-grid three">
          {stageSelect('fromStageId', t('clauses.fromStage'))}
          {stageSelect('toStageId', t('clauses.toStage'))}
          <NumberField
            label={t('clauses.targetDays')}
            value={c.targetDays}
            minValue={0.5}
            maxValue={3650}
            maxDecimals={1}
            at={at('targetDays')}
            onChange={(v) => v !== null && edit(c, (y) => void (y.targetDays = v))}
          />
        </div>
      );
    case 'revenue':
      return (
        <div className="section-grid four">
          {stageSelect('stageId', t('clauses.wonStage'))}
          <SelectField
            label={t('clauses.metric')}
            value={c.metric}
            options={(['revenue', 'dealSize'] as const).map((m) => ({
              value: m,
              label: t(`clauses.metrics.${m}`),
            }))}
            onChange={(v) => edit(c, (y) => void (y.metric = v))}
          />
          {targetFrom(c)}
          <NumberField
            label={t('clauses.targetMoney', { currency: doc.meta.currency })}
            value={c.target}
            currency={doc.meta.currency}
            minValue={0}
            maxValue={1e15}
            maxDecimals={2}
            {...fixedOnly(c)}
            at={at('target')}
            onChange={(v) => v !== null && edit(c, (y) => void (y.target = v))}
          />
        </div>
      );
    case 'capacity':
      return (
        <div className="section-grid three">
          {stageSelect('stageId', t('clauses.handoverStage'))}
          {targetFrom(c)}
          <NumberField
            label={t('clauses.perRep')}
            value={c.perRep}
            minValue={0}
            maxValue={1_000_000}
            maxDecimals={0}
            {...fixedOnly(c)}
            at={at('perRep')}
            onChange={(v) => v !== null && edit(c, (y) => void (y.perRep = Math.round(v)))}
          />
        </div>
      );
    case 'qualitative':
      return (
        <TextField
          multiline
          label={t('clauses.text')}
          value={c.text}
          at={at('text')}
          onChange={(v) => edit(c, (y) => void (y.text = v), `clause:${c.id}:text`)}
        />
      );
  }
}

export function Clauses({ doc }: { doc: Workbook }) {
  const { t } = useTranslation('workbook');
  const teamOptions = useTeamOptions(doc);
  const summary = useSummary(doc);
  const [newType, setNewType] = useState<ClauseType>('volume');
  return (
    <>
      {doc.clauses.length === 0 && <p className="muted">{t('clauses.empty')}</p>}
      {doc.clauses.map((c) => (
        <ItemCard
          key={c.id}
          at={{ itemId: c.id }}
          testId={`clause-${c.id}`}
          title={
            <>
              <span className="clause-type">{t(`clauses.types.${c.type}`)}</span> {c.title || '—'}{' '}
              <StatusBadge status={c.status} />
            </>
          }
          actions={
            <button
              type="button"
              className="danger"
              aria-label={`${t('actions.remove')}: ${c.title}`}
              onClick={() => updateWorkbook((d) => removeById(d.clauses, c.id))}
            >
              {t('actions.remove')}
            </button>
          }
        >
          {summary(c) && <p className="clause-summary">{summary(c)}</p>}
          <StatusPicker value={c.status} onChange={(s) => edit(c, (x) => void (x.status = s))} />
          <div className="section-grid three">
            <TextField
              className="field-title"
              label={t('clauses.title')}
              value={c.title}
              at={{ itemId: c.id, field: 'title' }}
              onChange={(v) => edit(c, (x) => void (x.title = v), `clause:${c.id}:title`)}
            />
            <SelectField
              label={t('clauses.owner')}
              value={c.ownerTeamId}
              options={teamOptions}
              at={{ itemId: c.id, field: 'ownerTeamId' }}
              onChange={(v) => edit(c, (x) => void (x.ownerTeamId = v))}
            />
            <SelectField
              label={t('clauses.period')}
              value={c.period}
              options={Period.options.map((p) => ({
                value: p,
                label: t(`clauses.periods.${p}`),
              }))}
              onChange={(v) => edit(c, (x) => void (x.period = v))}
            />
          </div>
          <TypeFields c={c} doc={doc} />
          <TextField
            multiline
            label={t('clauses.consequence')}
            value={c.consequence}
            at={{ itemId: c.id, field: 'consequence' }}
            onChange={(v) => edit(c, (x) => void (x.consequence = v), `clause:${c.id}:consequence`)}
          />
          <Comments comments={c.comments} onAdd={(cm) => edit(c, (x) => void x.comments.push(cm))} />
        </ItemCard>
      ))}
      <div className="button-row add-clause">
        <SelectField
          label={t('clauses.newType')}
          value={newType}
          options={clauseTypes.map((k) => ({ value: k, label: t(`clauses.types.${k}`) }))}
          onChange={setNewType}
        />
        <button
          type="button"
          onClick={() =>
            updateWorkbook((d) => void d.clauses.push(newClause(newType, doc, t(`clauses.types.${newType}`))))
          }
        >
          {t('actions.addClause')}
        </button>
        <span className="muted">{t(`clauses.typeHelp.${newType}`)}</span>
      </div>
    </>
  );
}
