import { useTranslation } from 'react-i18next';
import { normalizeHeader } from '../../../shared/import/presets';
import type { Stage } from '../../../shared/workbook/schema';

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
    <table className="import-mapping import-stage-values">
      <caption>{t('stageValues.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('stageValues.value')}</th>
          <th scope="col">{t('stageValues.stage')}</th>
        </tr>
      </thead>
      <tbody>
        {values.map((v, i) => {
          const id = `stage-value-${i}`;
          return (
            <tr key={v}>
              <th scope="row">
                <label htmlFor={id}>{v}</label>
              </th>
              <td>
                <select
                  id={id}
                  value={vocabulary[normalizeHeader(v)] ?? ''}
                  onChange={(e) => onChange(v, e.target.value)}
                  disabled={disabled}
                >
                  <option value="">{t('stageValues.none')}</option>
                  {stages.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
