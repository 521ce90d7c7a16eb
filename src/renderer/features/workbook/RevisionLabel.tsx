import { useTranslation } from 'react-i18next';
import type { RevisionState } from '../../../shared/workbook/signoff';

export function RevisionLabel({ state }: { state: RevisionState }) {
  const { t } = useTranslation('workbook');
  return (
    <span className={`revision revision-${state.kind}`} data-testid="revision-state">
      {state.kind === 'draft'
        ? t('revision.draft', { revision: state.revision, since: state.since })
        : t(`revision.${state.kind}`, { revision: state.revision })}
    </span>
  );
}
