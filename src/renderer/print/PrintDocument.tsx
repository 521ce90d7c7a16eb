import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { exportTranslator, formatDate, latestResult, teamName } from '../../shared/export/agreement-text';
import type { PrintData } from '../../shared/export/print-data';
import { revisionInfo } from '../../shared/export/revision';
import { planScenario } from '../../shared/funnel/plan';
import {
  CalendarSection,
  CommitmentsSection,
  ComplianceSection,
  FeedbackSection,
  FunnelSection,
  PartiesSection,
  PersonasSection,
  PlaybookSection,
  ReviewSection,
  ScoringSection,
  StagesSection,
} from './sections';
import { Prose } from './Table';

interface Section {
  id: string;
  title: string;
  body: ReactNode;
}

/**
 * The agreement as a printable document: cover, contents, every section, the funnel plan with its
 * chart, the compliance summary when data was imported, and the sign-off page. The same component is
 * the Export screen's preview and the PDF. `onReady` fires once the chart (if any) has been drawn.
 */
export function PrintDocument({ data, onReady }: { data: PrintData; onReady?: () => void }) {
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
  const [chartDrawn, setChartDrawn] = useState(false);
  const onDrawn = useCallback(() => setChartDrawn(true), []);

  useEffect(() => {
    if (!plan || chartDrawn) onReady?.();
  }, [plan, chartDrawn, onReady]);

  const props = { doc, t, lang };
  const sections: Section[] = [
    { id: 'parties', title: t('pdf.sections.parties'), body: <PartiesSection {...props} /> },
    { id: 'personas', title: t('pdf.sections.personas'), body: <PersonasSection {...props} /> },
    { id: 'stages', title: t('pdf.sections.stages'), body: <StagesSection {...props} /> },
    { id: 'scoring', title: t('pdf.sections.scoring'), body: <ScoringSection {...props} /> },
    { id: 'commitments', title: t('pdf.sections.commitments'), body: <CommitmentsSection {...props} /> },
    { id: 'feedback', title: t('pdf.sections.feedback'), body: <FeedbackSection {...props} /> },
    { id: 'playbook', title: t('pdf.sections.playbook'), body: <PlaybookSection {...props} /> },
    { id: 'review', title: t('pdf.sections.review'), body: <ReviewSection {...props} /> },
    { id: 'calendar', title: t('pdf.sections.calendar'), body: <CalendarSection {...props} /> },
  ];
  if (plan && scenario) {
    sections.push({
      id: 'funnel',
      title: t('pdf.sections.funnel'),
      body: <FunnelSection {...props} plan={plan} scenarioName={scenario.name} onDrawn={onDrawn} />,
    });
  }
  if (compliance) {
    sections.push({
      id: 'compliance',
      title: t('pdf.sections.compliance'),
      body: <ComplianceSection {...props} result={compliance} />,
    });
  }
  if (doc.notes.trim())
    sections.push({ id: 'notes', title: t('pdf.sections.notes'), body: <Prose text={doc.notes} /> });

  const title = doc.meta.title || t('untitled');
  const status = revision.signed ? t('revisionStatus.signed') : t('revisionStatus.draft');
  return (
    <div className={`print-document paper-${data.paper}`}>
      {!revision.signed && (
        <div className="watermark" aria-hidden="true">
          {t('watermark')}
        </div>
      )}
      <section className="page cover">
        <p className="kicker">{t('docTitle')}</p>
        <h1>{title}</h1>
        {doc.meta.company && <p className="company">{doc.meta.company}</p>}
        <p className="parties">
          {t('pdf.preparedFor')}: {doc.parties.teams.map((team) => team.name).join(' · ')}
        </p>
        <dl className="facts">
          <dt>{t('summary.revision')}</dt>
          <dd>{revision.number}</dd>
          <dt>{t('summary.status')}</dt>
          <dd>{status}</dd>
          <dt>{t('summary.date')}</dt>
          <dd>{formatDate(revision.signed ? revision.signedAt : doc.meta.updatedAt, lang)}</dd>
        </dl>
      </section>

      <section className="page contents">
        <h2>{t('pdf.contents')}</h2>
        <ol>
          {sections.map((s) => (
            <li key={s.id}>{s.title}</li>
          ))}
          <li>{t('pdf.sections.signOff')}</li>
        </ol>
      </section>

      {sections.map((s, i) => (
        <section className={`section section-${s.id}`} key={s.id}>
          <h2>
            {i + 1}. {s.title}
          </h2>
          {s.body}
        </section>
      ))}

      <section className="page signoff">
        <h2>
          {sections.length + 1}. {t('pdf.sections.signOff')}
        </h2>
        <p>
          {t('summary.revision')} {revision.number} · {status}
        </p>
        <div className="signatures">
          {revision.signatures.map((s, i) => (
            <div className="signature" key={i}>
              <div className="line" />
              <p className="name">{s.name}</p>
              <p className="role">
                {[s.role, teamName(doc, s.teamId)]
                  .filter((x, j, all) => x && all.indexOf(x) === j)
                  .join(' · ')}
              </p>
              <p className="date">
                {t('pdf.agreedOn')}: {s.date ? formatDate(s.date, lang) : '____________'}
              </p>
            </div>
          ))}
        </div>
        <p className="hash-note">{t('pdf.hashNote')}</p>
        <p className="hash">{revision.hash}</p>
      </section>
    </div>
  );
}
