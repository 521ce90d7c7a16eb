import { useTranslation } from 'react-i18next';
import type { PlanVsActual } from '../../../shared/compliance/plan-vs-actual';
import { formatMonth } from '../../format';
import { useUi } from '../../state/ui-store';

/** Said instead of drawing an empty plan series: the plan's months and the data's do not meet. */
export function PlanGap({ pva }: { pva: PlanVsActual | null }) {
  const { t } = useTranslation('compliance');
  const lang = useUi((u) => u.language);
  if (!pva || pva.overlaps || !pva.planSpan || !pva.dataSpan) return null;
  return (
    <p className="plan-gap" role="note" data-testid="plan-gap">
      {t('planGap', {
        name: pva.scenarioName,
        planFrom: formatMonth(pva.planSpan.from, lang),
        planTo: formatMonth(pva.planSpan.to, lang),
        dataFrom: formatMonth(pva.dataSpan.from, lang),
        dataTo: formatMonth(pva.dataSpan.to, lang),
      })}
    </p>
  );
}
