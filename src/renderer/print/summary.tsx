import { clauseTarget, stageName, teamName } from '../../shared/export/agreement-text';
import { formatCurrency, formatDate, formatNumber, formatPercent } from '../../shared/format';
import { clauseStandings } from '../../shared/export/compliance-view';
import { reviewText, statusText } from '../../shared/compliance/words';
import { periodLine } from './compliance';
import type { RevisionInfo } from '../../shared/export/revision';
import type { FunnelPlan } from '../../shared/funnel/plan';
import { ClauseStatus, type ComplianceResult, type Scenario } from '../../shared/workbook/schema';
import { fiscalYearLabel, scenarioLine, type SectionProps } from './sections';
import { Table } from './Table';

/** Rows of each list on the one-page summary; the full lists are in their sections. */
const MAX_ROWS = 8;
/** Characters of a commitment's target on the summary (a qualitative one can be a paragraph). */
const BRIEF = 110;

/** The first sentence, or the first BRIEF characters, of a long text. */
function brief(text: string): string {
  if (text.length <= BRIEF) return text;
  const sentence = /^.{20,}?[.;:](\s|$)/.exec(text)?.[0]?.trim();
  if (sentence && sentence.length <= BRIEF) return sentence;
  return `${text.slice(0, BRIEF).replace(/\s+\S*$/, '')}…`;
}

/**
 * One page up front for the people who sign: what the agreement is for, the key commitments, what
 * the plan asks of the funnel, the latest measured compliance and when it is reviewed.
 */
export function ExecutiveSummary(
  props: SectionProps & {
    revision: RevisionInfo;
    plan: FunnelPlan | null;
    scenario: Scenario | undefined;
    compliance: ComplianceResult | null;
    commitmentsNumber: number | undefined;
  },
) {
  const { doc, t, lang, revision, plan, scenario, compliance } = props;
  const money = (v: number) => formatCurrency(v, doc.meta.currency, lang);
  const teams = doc.parties.teams.map((team) => team.name);
  const clauses = doc.clauses.slice(0, MAX_ROWS);
  return (
    <>
      <p className="lead">
        {t('pdf.summary.purpose', {
          teams:
            new Intl.ListFormat(lang, { type: 'conjunction' }).format(teams) || t('pdf.summary.theTeams'),
        })}
      </p>
      {plan && scenario && (
        <div className="kpis">
          <Kpi label={t('funnel.goal')} value={money(plan.revenue)} />
          <Kpi label={t('funnel.customers')} value={formatNumber(plan.customers, lang)} />
          <Kpi label={t('funnel.dealSize')} value={money(scenario.avgDealSize ?? 0)} />
          <Kpi label={t('funnel.fiscalYear')} value={fiscalYearLabel(scenario)} />
        </div>
      )}

      <h3>{t('pdf.summary.commitments')}</h3>
      {clauses.length === 0 ? (
        <p className="empty">{t('pdf.empty')}</p>
      ) : (
        <Table
          widths={[36, 18, 46]}
          head={[t('columns.clause'), t('columns.owner'), t('columns.target')]}
          rows={clauses.map((c) => [
            c.title,
            teamName(doc, c.ownerTeamId),
            brief(clauseTarget(c, doc, t, lang)),
          ])}
        />
      )}
      {doc.clauses.length > MAX_ROWS && (
        <p className="note">
          {t('pdf.summary.more', {
            count: doc.clauses.length - MAX_ROWS,
            section: props.commitmentsNumber ?? '',
          })}
        </p>
      )}

      {plan && scenario && (
        <>
          <h3>{t('pdf.summary.plan')}</h3>
          <p>
            {t('pdf.summary.planLine', {
              scenario: scenarioLine(scenario.name, t),
              customers: formatNumber(plan.customers, lang),
              year: fiscalYearLabel(scenario),
            })}
          </p>
          <Table
            className="totals"
            widths={plan.stages.map(() => 100 / plan.stages.length)}
            head={plan.stages.map((s) => stageName(doc, s.stageId))}
            rows={[plan.stages.map((s) => formatNumber(s.total, lang))]}
            numeric={plan.stages.map((_, i) => i)}
          />
          {plan.capacity && (
            <p>
              {t('pdf.summary.capacity', {
                stage: stageName(doc, plan.capacity.stageId),
                perMonth: formatNumber(plan.capacity.perMonth, lang),
                peak: formatPercent(plan.capacity.peakUtilisation, lang, 0),
              })}
            </p>
          )}
        </>
      )}

      <h3>{t('pdf.summary.compliance')}</h3>
      {compliance ? (
        <LatestCompliance {...props} result={compliance} />
      ) : (
        <p className="empty">{t('pdf.summary.noCompliance')}</p>
      )}

      <h3>{t('pdf.summary.review')}</h3>
      <p>
        {t('pdf.reviewTrigger', { count: doc.review.consecutiveMisses })}{' '}
        {doc.review.reviewDate &&
          t('pdf.summary.nextReview', {
            date: formatDate(doc.review.reviewDate, lang, { style: 'long' }),
          })}{' '}
        {revision.effectiveDate
          ? t('pdf.signoff.effective', { date: formatDate(revision.effectiveDate, lang, { style: 'long' }) })
          : t('pdf.signoff.effectiveOnSignature')}
      </p>
    </>
  );
}

function Kpi({ label, value }: { label: string; value: string }) {
  return (
    <div className="kpi">
      <span className="kpi-value">{value}</span>
      <span className="kpi-label">{label}</span>
    </div>
  );
}

/** Rows of clauses needing attention on the summary. */
const ATTENTION_ROWS = 4;

/**
 * The latest verdict of each clause, counted by status; the teams whose review rule is reached; and
 * the clauses whose latest judged period was missed (at most a few): what a signatory needs to know.
 */
function LatestCompliance(props: SectionProps & { result: ComplianceResult }) {
  const { doc, t, lang, result } = props;
  const standings = clauseStandings(doc, result);
  const counts = new Map<ClauseStatus, number>();
  for (const s of standings) {
    const status = (s.decided ?? s.open)?.status ?? 'not-measurable';
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  const triggered = result.teams.filter((team) => team.reviewTriggered);
  const attention = standings.filter((s) => s.decided?.status === 'missed').slice(0, ATTENTION_ROWS);
  return (
    <>
      <p>
        {t('compliance.asOf', {
          date: formatDate(result.asOf, lang, { style: 'long', timeZone: result.timeZone }),
        })}
        :{' '}
        {ClauseStatus.options
          .filter((status) => counts.has(status))
          .map((status) => `${statusText(t, status)}: ${formatNumber(counts.get(status)!, lang)}`)
          .join(' · ')}
      </p>
      {triggered.map((team) => (
        <p key={team.teamId}>
          <strong>{reviewText(t, teamName(doc, team.teamId), team.current, result.reviewRule)}</strong>
        </p>
      ))}
      {attention.length > 0 && (
        <Table
          widths={[52, 48]}
          head={[t('columns.clause'), t('pdf.compliance.decided')]}
          rows={attention.map((s) => [s.title, periodLine(props, result, s.clause, s.decided!)])}
        />
      )}
    </>
  );
}
