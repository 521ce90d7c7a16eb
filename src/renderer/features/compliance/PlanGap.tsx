import { useTranslation } from 'react-i18next';
import type { PlanVsActual } from '../../../shared/compliance/plan-vs-actual';
import { useUi } from '../../state/ui-store';
import { monthText } from './labels';

/** Said instead of drawing an empty plan series: the plan's months and the data's do not meet. */
export function PlanGap({ pva }: { pva: PlanVsActual | null }) {
  const { t } = useTranslation('compliance');
  const lang = useUi((u) => u.language);
  if (!pva || pva.overlaps || !pva.planSpan || !pva.dataSpan) return null;
  return (
    <p className="plan-gap" role="note" data-testid="plan-gap">
      {t('planGap', {
        name: pva.scenarioName,
        planFrom: monthText(pva.planSpan.from, lang),
        planTo: monthText(pva.planSpan.to, lang),
        dataFrom: monthText(pva.dataSpan.from, lang),
        dataTo: monthText(pva.dataSpan.to, lang),
      })}
    </p>
  );
}
