import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { exportTranslator, latestResult } from '../../shared/export/agreement-text';
import { formatDate } from '../../shared/format';
import { sectionAnchor, type PrintData, type PrintPart } from '../../shared/export/print-data';
import { revisionInfo } from '../../shared/export/revision';
import { agreementSections, type SectionId } from '../../shared/export/sections';
import { planScenario } from '../../shared/funnel/plan';
import {
  CalendarSection,
  CommitmentsSection,
  FeedbackSection,
  FunnelSection,
  PartiesSection,
  PersonasSection,
  PlaybookSection,
  ReviewSection,
  ScoringSection,
  StagesSection,
} from './sections';
import { ComplianceSection } from './compliance';
import { SignOffSection } from './signoff';
import { ExecutiveSummary } from './summary';
import { Prose } from './Table';
import { Watermark } from './Watermark';

/**
 * The agreement as a printable document: cover; contents (with page numbers once the PDF pipeline
 * knows them, and links); a one-page executive summary; every section; the funnel plan with its
 * chart; the compliance summary when data was imported; the sign-off page. The same component is the
 * Export screen's preview (`part` all) and the PDF, which prints the cover and the body separately.
 * `onReady` fires once the chart (if any) has been drawn.
 */
export function PrintDocument(props: {
  data: PrintData;
  part?: PrintPart;
  /** Body page of each section anchor, for the contents (PDF second pass). */
  pageNumbers?: Record<string, number>;
  onReady?: () => void;
}) {
  const { data, part = 'all', pageNumbers, onReady } = props;
  const { doc, lang } = data;
  const t = useMemo(() => exportTranslator(lang), [lang]);
  const revision = useMemo(() => revisionInfo(doc), [doc]);
  const scenario = doc.scenarios.items.find((s) => s.id === doc.scenarios.planOfRecordId);
  const outcome = useMemo(
    () => (scenario ? planScenario(doc.stages, scenario) : null),
    [doc.stages, scenario],
  );
  const plan = outcome?.ok ? outcome.plan : null;
  const compliance = latestResult(doc.imports.snapshots);
  const heads = useMemo(() => agreementSections(doc, t), [doc, t]);
  const [chartDrawn, setChartDrawn] = useState(false);
  const onDrawn = useCallback(() => setChartDrawn(true), []);
  const withBody = part !== 'cover';

  useEffect(() => {
    if (!withBody || !plan || chartDrawn) onReady?.();
  }, [withBody, plan, chartDrawn, onReady]);

  const sectionProps = { doc, t, lang };
  const commitments = heads.find((h) => h.id === 'commitments')?.number ?? undefined;
  const body: Record<SectionId, () => ReactNode> = {
    summary: () => (
      <ExecutiveSummary
        {...sectionProps}
        revision={revision}
        plan={plan}
        scenario={scenario}
        compliance={compliance}
        commitmentsNumber={commitments}
      />
    ),
    parties: () => <PartiesSection {...sectionProps} />,
    personas: () => <PersonasSection {...sectionProps} />,
    stages: () => <StagesSection {...sectionProps} />,
    scoring: () => <ScoringSection {...sectionProps} />,
    commitments: () => <CommitmentsSection {...sectionProps} />,
    feedback: () => <FeedbackSection {...sectionProps} />,
    playbook: () => <PlaybookSection {...sectionProps} />,
    review: () => <ReviewSection {...sectionProps} />,
    calendar: () => <CalendarSection {...sectionProps} />,
    funnel: () =>
      plan && scenario ? (
        <FunnelSection {...sectionProps} plan={plan} scenario={scenario} onDrawn={onDrawn} />
      ) : null,
    compliance: () => (compliance ? <ComplianceSection {...sectionProps} result={compliance} /> : null),
    notes: () => <Prose text={doc.notes} />,
    signOff: () => <SignOffSection {...sectionProps} revision={revision} />,
  };

  const title = doc.meta.title || t('docTitle');
  const status = revision.signed ? t('revisionStatus.signed') : t('revisionStatus.draft');
  return (
    <>
      <div className={`print-document paper-${data.paper}`} lang={lang}>
        {!revision.signed && <Watermark text={t('watermark')} />}
        {part !== 'body' && (
          <section className="page cover">
            <p className="kicker">{doc.meta.company || t('docTitle')}</p>
            <h1>{title}</h1>
            {doc.parties.teams.length > 0 && (
              <p className="parties">
                {t('pdf.preparedFor')}: {doc.parties.teams.map((team) => team.name).join(' · ')}
              </p>
            )}
            <dl className="facts">
              <dt>{t('summary.revision')}</dt>
              <dd>{revision.number}</dd>
              <dt>{t('summary.status')}</dt>
              <dd>{status}</dd>
              <dt>{t('pdf.signoff.effectiveFrom')}</dt>
              <dd>
                {revision.effectiveDate
                  ? formatDate(revision.effectiveDate, lang, { style: 'long' })
                  : t('pdf.signoff.onSignature')}
              </dd>
              <dt>{t('summary.date')}</dt>
              <dd>
                {formatDate(revision.signed ? revision.signedAt : doc.meta.updatedAt, lang, {
                  style: 'long',
                  timeZone: doc.calendar.timeZone,
                })}
              </dd>
            </dl>
          </section>
        )}
        {withBody && (
          <>
            <nav className="page contents" aria-label={t('pdf.contents')}>
              <h2>{t('pdf.contents')}</h2>
              <ol>
                {heads.map((h) => (
                  <li key={h.id}>
                    <a href={`#${sectionAnchor(h.id)}`}>
                      <span className="toc-number">{h.number === null ? '' : `${h.number}.`}</span>
                      <span className="toc-title">{h.title}</span>
                      <span className="toc-leader" />
                      <span className="toc-page">{pageNumbers?.[sectionAnchor(h.id)] ?? ''}</span>
                    </a>
                  </li>
                ))}
              </ol>
            </nav>
            {heads.map((h) => (
              <section className={`section section-${h.id}`} key={h.id}>
                <h2 id={sectionAnchor(h.id)}>{h.number === null ? h.title : `${h.number}. ${h.title}`}</h2>
                {body[h.id]()}
              </section>
            ))}
          </>
        )}
      </div>
    </>
  );
}
