import { useTranslation } from 'react-i18next';
import type { Workbook } from '../../../shared/workbook/schema';

/** A record field's name as the wizard and its report show it ("Entered “MQL”" for a stage's date). */
export function useFieldLabel(stages: Workbook['stages']): (field: string) => string {
  const { t } = useTranslation('import');
  return (field) => {
    if (field.startsWith('stage:')) {
      const stage = stages.find((s) => s.id === field.slice(6));
      return t('fields.stage', { stage: stage?.name ?? field.slice(6) });
    }
    if (field.startsWith('activity:')) return t(`activities.fields.${field.slice('activity:'.length)}`);
    return t(`fields.${field}`);
  };
}
