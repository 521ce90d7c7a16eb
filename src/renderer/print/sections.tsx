import { clauseTarget, stageName, teamName, type Translate } from '../../shared/export/agreement-text';
import { formatCurrency, formatDate, formatMonth, formatNumber, formatPercent } from '../../shared/format';
import type { FunnelPlan } from '../../shared/funnel/plan';
import type { Language, Scenario, Workbook } from '../../shared/workbook/schema';
import { FunnelChart } from './FunnelChart';
import { Field, Prose, Table } from './Table';

export interface SectionProps {
  doc: Workbook;
  t: Translate;
  lang: Language;
}

export function PartiesSection({ doc, t }: SectionProps) {
  const teams = doc.parties.teams;
  return (
    <>
      <Table
        head={[t('summary.team'), t('summary.kind'), t('summary.owner'), t('summary.approver')]}
        rows={teams.map((team) => [team.name, t(`teamKind.${team.kind}`), team.owner, team.approver])}
      />
      {doc.parties.raci.length > 0 && (
        <>
          <h3>{t('pdf.sections.raci')}</h3>
          <Table
            head={[t('xlsx.activity'), ...teams.map((team) => team.name)]}
            rows={doc.parties.raci.map((row) => [
              row.activity,
              ...teams.map((team) => row.roles[team.id] ?? ''),
            ])}
          />
        </>
      )}
      <Prose text={doc.parties.notes} />
    </>
  );
}

export function PersonasSection({ doc, t }: SectionProps) {
  if (doc.personas.length === 0) return <p className="empty">{t('pdf.empty')}</p>;
  return (
    <>
      {doc.personas.map((p) => (
        <div className="card" key={p.id}>
          <h3>
            {p.name} <span className="badge">{t(`status.${p.status}`)}</span>
          </h3>
          <dl>
            <Field label={t('columns.role')} value={p.role} />
            <Field label={t('columns.companySize')} value={p.companySize} />
            <Field label={t('columns.industry')} value={p.industry} />
            <Field label={t('columns.pains')} value={p.pains} />
            <Field label={t('columns.triggers')} value={p.triggers} />
            <Field label={t('columns.disqualifiers')} value={p.disqualifiers} />
            <Field
              label={t('columns.agreedBy')}
              value={doc.parties.teams
                .filter((team) => p.agreedBy[team.id])
                .map((team) => team.name)
                .join(', ')}
            />
          </dl>
        </div>
      ))}
    </>
  );
}

export function StagesSection({ doc, t }: SectionProps) {
  return (
    <Table
      head={[
        t('columns.stage'),
        t('columns.definition'),
        t('columns.entry'),
        t('columns.exit'),
        t('columns.owner'),
      ]}
      rows={doc.stages.map((s) => [
        s.name,
        s.definition,
        s.entryCriteria,
        s.exitCriteria,
        teamName(doc, s.ownerTeamId),
      ])}
    />
  );
}

export function ScoringSection({ doc, t, lang }: SectionProps) {
  return (
    <>
      <p>
        {t('scoring.threshold')}: <strong>{formatNumber(doc.scoring.threshold, lang)}</strong>
      </p>
      <Table
        head={[t('columns.criterion'), t('columns.scoringKind'), t('columns.points')]}
        rows={doc.scoring.criteria.map((c) => [
          c.label,
          t(`scoring.${c.kind}`),
          formatNumber(c.points, lang),
        ])}
        numeric={[2]}
      />
    </>
  );
}

/** Each commitment as its own block: the clause titles are what a reader looks for. */
export function CommitmentsSection({ doc, t, lang }: SectionProps) {
  if (doc.clauses.length === 0) return <p className="empty">{t('pdf.empty')}</p>;
  return (
    <>
      {doc.clauses.map((c, i) => (
        <div className="card clause" key={c.id}>
          <h3>
            {i + 1}. {c.title} <span className="badge">{t(`status.${c.status}`)}</span>
          </h3>
          <dl>
            <Field label={t('columns.type')} value={t(`clauseType.${c.type}`)} />
            <Field label={t('columns.owner')} value={teamName(doc, c.ownerTeamId)} />
            <Field label={t('columns.target')} value={clauseTarget(c, doc, t, lang)} />
            <Field label={t('columns.period')} value={t(`period.${c.period}`)} />
            <Field label={t('columns.consequence')} value={c.consequence} />
          </dl>
        </div>
      ))}
    </>
  );
}

export function FeedbackSection({ doc, t }: SectionProps) {
  const f = doc.feedback;
  return (
    <>
      <h3>{t('pdf.channels')}</h3>
      <Prose text={f.channels} empty={t('pdf.empty')} />
      {f.reports.length > 0 && (
        <>
          <h3>{t('pdf.reports')}</h3>
          <Table
            // Wide enough for a team name in "to" ("Marketing" was split as "Marke-ting").
            widths={[17, 14, 39, 17, 13]}
            head={[t('pdf.from'), t('pdf.to'), t('pdf.what'), t('pdf.channel'), t('pdf.frequency')]}
            rows={f.reports.map((r) => [
              teamName(doc, r.fromTeamId),
              teamName(doc, r.toTeamId),
              r.what,
              r.channel,
              r.frequency,
            ])}
          />
        </>
      )}
      {f.meetings.length > 0 && (
        <>
          <h3>{t('pdf.meetings')}</h3>
          <Table
            head={[t('summary.name'), t('pdf.cadence'), t('pdf.attendees'), t('pdf.agenda')]}
            rows={f.meetings.map((m) => [m.name, m.cadence, m.attendees, m.agenda])}
          />
        </>
      )}
    </>
  );
}

export function PlaybookSection({ doc, t }: SectionProps) {
  if (doc.playbook.length === 0) return <p className="empty">{t('pdf.empty')}</p>;
  return (
    <Table
      head={[t('pdf.problem'), t('pdf.diagnosis'), t('pdf.action')]}
      rows={doc.playbook.map((p) => [p.problem, p.diagnosis, p.action])}
    />
  );
}

export function ReviewSection({ doc, t, lang }: SectionProps) {
  const r = doc.review;
  return (
    <>
      <p>{t('pdf.reviewTrigger', { count: r.consecutiveMisses })}</p>
      <dl>
        <Field
          label={t('pdf.reviewDate')}
          value={r.reviewDate ? formatDate(r.reviewDate, lang, { style: 'long' }) : ''}
        />
        <Field label={t('pdf.renegotiation')} value={r.renegotiation} />
        <Field label={t('pdf.termination')} value={r.termination} />
      </dl>
    </>
  );
}

export function CalendarSection({ doc, t, lang }: SectionProps) {
  const c = doc.calendar;
  const dayName = (d: number) =>
    new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2024, 0, d)),
    );
  return (
    <dl>
      <Field label={t('pdf.timeZone')} value={c.timeZone} />
      <Field label={t('pdf.workingDays')} value={c.workingDays.map(dayName).join(', ')} />
      <Field label={t('pdf.workingHours')} value={`${c.start}–${c.end}`} />
      <Field
        label={t('pdf.holidays')}
        value={c.holidays.map((h) => formatDate(h, lang, { style: 'long' })).join(', ')}
      />
    </dl>
  );
}

/** "Plan of record: «name»", without repeating the name when it is just the label ("Plan de referencia"). */
export function scenarioLine(name: string, t: Translate): string {
  const label = t('summary.planOfRecord');
  return name.trim().toLocaleLowerCase() === label.toLocaleLowerCase() ? label : `${label}: «${name}»`;
}

/** Months per block of the plan table: more would not fit six-digit figures across the page. */
const MONTHS_PER_BLOCK = 9;
/** Widths, in percent of the page, of the stage and total columns of the plan table. */
const STAGE_COL = 14;
const TOTAL_COL = 10;

/** The month columns split into as few blocks as fit, of even length: 16 months as 8 + 8. */
export function monthBlocks(months: number): { from: number; to: number }[] {
  const count = Math.max(1, Math.ceil(months / MONTHS_PER_BLOCK));
  const size = Math.ceil(months / count);
  return Array.from({ length: count }, (_, i) => ({ from: i * size, to: Math.min(months, (i + 1) * size) }));
}

/** A month column's width: the page less the stage and total columns, shared by a block's months. */
function monthCol(months: number): number {
  const perBlock = monthBlocks(months)[0]!.to;
  return (100 - STAGE_COL - TOTAL_COL) / Math.max(1, perBlock);
}

export function FunnelSection(
  props: SectionProps & { plan: FunnelPlan; scenario: Scenario; onDrawn: () => void },
) {
  const { doc, t, lang, plan, scenario } = props;
  const money = (v: number) => formatCurrency(v, doc.meta.currency, lang);
  const capacity = plan.capacity;
  const peakMonth = capacity
    ? plan.months[capacity.months.findIndex((m) => m.utilisation === capacity.peakUtilisation)]
    : undefined;
  const handover = capacity ? stageName(doc, capacity.stageId) : '';
  return (
    <>
      <p className="lead">
        {t('pdf.funnel.headline', {
          scenario: scenarioLine(scenario.name, t),
          goal: money(plan.revenue),
          customers: formatNumber(plan.customers, lang),
          deal: money(scenario.avgDealSize ?? 0),
          year: fiscalYearLabel(scenario),
        })}
      </p>
      <FunnelChart
        plan={plan}
        stages={doc.stages}
        lang={lang}
        label={t('pdf.funnel.logScale')}
        onDrawn={props.onDrawn}
      />
      <p className="note">{t('pdf.funnel.logScale')}</p>
      {monthBlocks(plan.months.length).map(({ from, to }) => {
        const last = to === plan.months.length;
        const months = plan.months.slice(from, to);
        // Same column widths in every block, so the months line up; only the last block has the total.
        const width = STAGE_COL + months.length * monthCol(plan.months.length) + (last ? TOTAL_COL : 0);
        const pct = (w: number) => (100 * w) / width;
        return (
          <div key={from} className="plan-block" style={{ width: `${width}%` }}>
            <Table
              className="plan-table"
              widths={[
                pct(STAGE_COL),
                ...months.map(() => pct(monthCol(plan.months.length))),
                ...(last ? [pct(TOTAL_COL)] : []),
              ]}
              head={[
                t('columns.stage'),
                ...months.map((m) => <MonthHead key={m.index} year={m.year} month={m.month} lang={lang} />),
                ...(last ? [t('columns.total')] : []),
              ]}
              rows={[
                ...plan.stages.map((s) => [
                  stageName(doc, s.stageId),
                  ...s.volumes.slice(from, to).map((v) => formatNumber(v, lang)),
                  ...(last ? [formatNumber(s.total, lang)] : []),
                ]),
                ...(capacity
                  ? [
                      [
                        t('pdf.funnel.utilisation'),
                        ...capacity.months.slice(from, to).map((m, i) => (
                          <span key={i} className={m.over ? 'over' : undefined}>
                            {formatPercent(m.utilisation, lang, 0)}
                          </span>
                        )),
                        ...(last ? [''] : []),
                      ],
                    ]
                  : []),
              ]}
              numeric={months.map((_, i) => i + 1).concat(last ? [months.length + 1] : [])}
            />
          </div>
        );
      })}
      {capacity ? (
        <p>
          {t('pdf.funnel.capacity', {
            reps: formatNumber(scenario.capacity.reps, lang),
            perRep: formatNumber(scenario.capacity.leadsPerRep, lang),
            perMonth: formatNumber(capacity.perMonth, lang),
            stage: handover,
            peak: formatPercent(capacity.peakUtilisation, lang, 0),
            month: peakMonth ? formatMonth(peakMonth, lang) : '',
          })}{' '}
          {capacity.peakUtilisation > 1 && <strong>{t('pdf.funnel.overCapacity')}</strong>}
        </p>
      ) : (
        <p className="note">{t('pdf.funnel.noCapacity')}</p>
      )}
      {plan.stages.some((s) => s.priorYear > 0) && <p className="note">{t('pdf.funnel.priorYear')}</p>}
    </>
  );
}

/** A month column's heading on two lines: the month, then its year. */
function MonthHead({ year, month, lang }: { year: number; month: number; lang: Language }) {
  const [name, yy] = formatMonth({ year, month }, lang).split(' ');
  return (
    <>
      {name}
      <br />
      {yy}
    </>
  );
}

/** "2026", or "2026/27" when the fiscal year does not start in January. */
export function fiscalYearLabel(scenario: Scenario): string {
  return scenario.fiscalYearStartMonth === 1
    ? String(scenario.fiscalYear)
    : `${scenario.fiscalYear}/${String((scenario.fiscalYear + 1) % 100).padStart(2, '0')}`;
}
