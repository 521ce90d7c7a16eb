import { useTranslation } from 'react-i18next';
import { normalizeHeader } from '../../../shared/import/presets';
import type { Stage } from '../../../shared/workbook/schema';
import { MappingTable, SelectRow } from './SelectRow';

/**
 * The values of the current-stage column (from the preview) and the stage each one means. Defaults
 * come from the workbook's vocabulary; an answer here is kept in the workbook's stages on import.
 */
export function StageValuesTable({
  values,
  stages,
  vocabulary,
  onChange,
  disabled,
}: {
  values: string[];
  stages: Stage[];
  /** Normalised value → stage id, the user's answers included. */
  vocabulary: Record<string, string>;
  onChange(value: string, stageId: string): void;
  disabled: boolean;
}) {
  const { t } = useTranslation('import');
  if (values.length === 0) return null;
  return (
    <MappingTable
      className="import-mapping import-stage-values"
      caption={t('stageValues.caption')}
      columns={[t('stageValues.value'), t('stageValues.stage')]}
    >
      {values.map((v, i) => (
        <SelectRow
          key={v}
          id={`stage-value-${i}`}
          label={v}
          value={vocabulary[normalizeHeader(v)] ?? ''}
          none={t('stageValues.none')}
          options={stages.map((s) => ({ value: s.id, label: s.name }))}
          onChange={(id) => onChange(v, id)}
          disabled={disabled}
        />
      ))}
    </MappingTable>
  );
}
