import { useTranslation } from 'react-i18next';
import type { Issue } from '../../../../shared/workbook/validate';
import type { Workbook } from '../../../../shared/workbook/schema';
import { unagreedItems } from '../../../../shared/workbook/signoff';
import { useIssueText } from '../issues';
import { screenOf, type SectionId } from '../sections';

/** Every issue in one place, grouped by severity, each with a link to its section. */
export function Checklist({
  doc,
  issues,
  goTo,
}: {
  doc: Workbook;
  issues: readonly Issue[];
  goTo: (s: SectionId) => void;
}) {
  const { t } = useTranslation('workbook');
  const text = useIssueText();
  // Complete means agreed too: a clause still proposed or disputed is listed even when nothing is wrong.
  const pending = unagreedItems(doc);
  const pendingList = pending.length > 0 && (
    <section>
      <h2>
        {t('checklist.pending')} ({pending.length})
      </h2>
      <ul className="checklist" data-testid="checklist-pending">
        {pending.map((i) => (
          <li key={i.id} className={`issue ${i.status === 'disputed' ? 'error' : 'warning'}`}>
            <span aria-hidden="true">{i.status === 'disputed' ? '⚠ ' : '○ '}</span>
            {t(`signoff.kind.${i.kind}`)}: {i.title || '—'} · {t(`status.${i.status}`)}{' '}
            <button
              type="button"
              className="link"
              onClick={() => goTo(i.kind === 'clause' ? 'clauses' : 'personas')}
            >
              {t('actions.goTo')} {t(`sections.${i.kind === 'clause' ? 'clauses' : 'personas'}`)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
  if (issues.length === 0)
    return pending.length === 0 ? (
      <p className="ok-note">✓ {t('checklist.none')}</p>
    ) : (
      <>
        <p>{t('checklist.noneButPending', { count: pending.length })}</p>
        {pendingList}
      </>
    );
  return (
    <>
      <p className="muted">{t('checklist.nonBlocking')}</p>
      {pendingList}
      {(['error', 'warning'] as const).map((severity) => {
        const list = issues.filter((i) => i.severity === severity);
        if (list.length === 0) return null;
        return (
          <section key={severity}>
            <h2>
              {t(severity === 'error' ? 'checklist.errors' : 'checklist.warnings')} ({list.length})
            </h2>
            <ul className="checklist" data-testid={`checklist-${severity}`}>
              {list.map((i, n) => {
                const section = screenOf(i.section);
                return (
                  <li key={n} className={`issue ${severity}`}>
                    <span aria-hidden="true">{severity === 'error' ? '⚠ ' : '○ '}</span>
                    {text(i)}{' '}
                    <button type="button" className="link" onClick={() => goTo(section)}>
                      {t('actions.goTo')} {t(`sections.${section}`)}
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </>
  );
}
