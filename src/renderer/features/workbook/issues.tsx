import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../../shared/workbook/validate';

/** The workbook's current validation issues, computed once per edit by the screen. */
export const IssuesContext = createContext<readonly Issue[]>([]);

/** Where an issue is shown inline: on one item (and optionally one of its fields). */
export interface At {
  itemId?: string;
  field?: string;
}

export function useIssues(at: At | undefined, section?: Issue['section']): Issue[] {
  const issues = useContext(IssuesContext);
  if (!at) return [];
  return issues.filter(
    (i) =>
      (section === undefined || i.section === section) &&
      i.itemId === at.itemId &&
      (at.field === undefined ? i.field === undefined : i.field === at.field),
  );
}

export function useIssueText(): (issue: Issue) => string {
  const { t } = useTranslation('workbook');
  return (issue) => t(`validation.${issue.code}`, issue.params ?? {});
}

/** Inline issues (the checklist lists the same ones). Never blocks the edit. */
export function IssueNotes({ issues }: { issues: readonly Issue[] }) {
  const text = useIssueText();
  if (issues.length === 0) return null;
  return (
    <ul className="issue-notes">
      {issues.map((i, n) => (
        <li key={n} className={`issue ${i.severity}`} role="note">
          <span aria-hidden="true">{i.severity === 'error' ? '⚠ ' : '○ '}</span>
          {text(i)}
        </li>
      ))}
    </ul>
  );
}
