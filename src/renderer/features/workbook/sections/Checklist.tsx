import { useTranslation } from 'react-i18next';
import type { Issue } from '../../../../shared/workbook/validate';
import { useIssueText } from '../issues';
import { screenOf, type SectionId } from '../sections';

/** Every issue in one place, grouped by severity, each with a link to its section. */
export function Checklist({ issues, goTo }: { issues: readonly Issue[]; goTo: (s: SectionId) => void }) {
  const { t } = useTranslation('workbook');
  const text = useIssueText();
  if (issues.length === 0) return <p className="ok-note">✓ {t('checklist.none')}</p>;
  return (
    <>
      <p className="muted">{t('checklist.nonBlocking')}</p>
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
