import { useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDoc } from '../../state/workbook-store';
import { useUi } from '../../state/ui-store';
import { validateWorkbook } from '../../../shared/workbook/validate';
import { agreementProgress, revisionState } from '../../../shared/workbook/signoff';
import type { Workbook } from '../../../shared/workbook/schema';
import { IssuesContext } from './issues';
import { RevisionLabel } from './RevisionLabel';
import { TabList } from '../../components/TabList';
import { SECTION_IDS, sectionStore, stepSection, type SectionId } from './sections';
import { General } from './sections/General';
import { Parties } from './sections/Parties';
import { Personas } from './sections/Personas';
import { Stages } from './sections/Stages';
import { Scoring } from './sections/Scoring';
import { Clauses } from './sections/Clauses';
import { Feedback } from './sections/Feedback';
import { Playbook } from './sections/Playbook';
import { Review } from './sections/Review';
import { Calendar } from './sections/Calendar';
import { SignOff } from './sections/SignOff';
import { Checklist } from './sections/Checklist';
import { WorkbookSlides } from './WorkbookSlides';
import './workbook.css';

/** Issues are tied to the schema's section names; the editor's "general" screen shows `meta`. */
const issueSection = (s: SectionId): string => (s === 'general' ? 'meta' : s);

/**
 * The SLA workbook editor: one screen per section; PageDown / PageUp step through them. In presentation
 * mode (the shell's flag) the agreement shows as slides instead (WorkbookSlides).
 */
export default function WorkbookScreen() {
  const { t } = useTranslation('workbook');
  const doc = useDoc();
  const presentation = useUi((s) => s.presentation);
  const section = sectionStore((s) => s.section);
  const issues = useMemo(() => (doc ? validateWorkbook(doc) : []), [doc]);

  useEffect(() => {
    if (presentation) return; // the slide deck pages
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key !== 'PageDown' && e.key !== 'PageUp') return;
      e.preventDefault();
      stepSection(e.key === 'PageDown' ? 1 : -1);
      window.scrollTo({ top: 0 });
      document.querySelector<HTMLElement>('.workbook-section')?.focus({ preventScroll: true });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presentation]);

  if (!doc) return null;
  if (presentation) return <WorkbookSlides doc={doc} />;
  const goTo = (s: SectionId) => sectionStore.setState({ section: s });
  const progress = agreementProgress(doc);
  const count = (s: SectionId) => issues.filter((i) => i.section === issueSection(s)).length;

  return (
    <IssuesContext.Provider value={issues}>
      <div className="workbook">
        <header className="workbook-header">
          <div className="workbook-title">
            <span className="company">{doc.meta.company}</span>
            <span className="title">{doc.meta.title || t('general.title')}</span>
          </div>
          <div className="workbook-progress" data-testid="progress">
            <progress max={progress.clauses.total || 1} value={progress.clauses.agreed} aria-hidden="true" />
            <span>{t('progress.clauses', { ...progress.clauses })}</span>
            <span className="muted">{t('progress.personas', { ...progress.personas })}</span>
            <RevisionLabel state={revisionState(doc)} />
            <button type="button" className="link" onClick={() => goTo('checklist')}>
              {t('issuesButton', { count: issues.length })}
            </button>
          </div>
        </header>
        <TabList
          ids={SECTION_IDS}
          selected={section}
          onSelect={goTo}
          label={t('sectionsNav')}
          idOf={(s) => `tab-${s}`}
          panelOf={() => 'workbook-section'}
          className="section-tabs"
          // The visible word is part of the section's full name, which names the tab (WCAG 2.5.3).
          tabLabel={(s) =>
            s !== 'checklist' && count(s) > 0
              ? `${t(`sections.${s}`)}, ${t('issuesButton', { count: count(s) })}`
              : t(`sections.${s}`)
          }
        >
          {(s) => (
            <>
              {t(`sectionTabs.${s}`)}
              {s !== 'checklist' && count(s) > 0 && <span className="tab-count">{count(s)}</span>}
            </>
          )}
        </TabList>
        <section
          className="workbook-section"
          id="workbook-section"
          role="tabpanel"
          tabIndex={-1}
          aria-labelledby="section-title"
          data-section={section}
        >
          <h1 id="section-title">{t(`sections.${section}`)}</h1>
          <SectionBody section={section} doc={doc} issues={issues} goTo={goTo} />
        </section>
      </div>
    </IssuesContext.Provider>
  );
}

function SectionBody({
  section,
  doc,
  issues,
  goTo,
}: {
  section: SectionId;
  doc: Workbook;
  issues: ReturnType<typeof validateWorkbook>;
  goTo: (s: SectionId) => void;
}): ReactNode {
  switch (section) {
    case 'general':
      return <General doc={doc} />;
    case 'parties':
      return <Parties doc={doc} />;
    case 'personas':
      return <Personas doc={doc} />;
    case 'stages':
      return <Stages doc={doc} />;
    case 'scoring':
      return <Scoring doc={doc} />;
    case 'clauses':
      return <Clauses doc={doc} />;
    case 'feedback':
      return <Feedback doc={doc} />;
    case 'playbook':
      return <Playbook doc={doc} />;
    case 'review':
      return <Review doc={doc} />;
    case 'calendar':
      return <Calendar doc={doc} />;
    case 'signoff':
      return <SignOff doc={doc} issues={issues} />;
    case 'checklist':
      return <Checklist doc={doc} issues={issues} goTo={goTo} />;
  }
}
