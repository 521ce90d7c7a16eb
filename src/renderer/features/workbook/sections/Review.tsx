import { useTranslation } from 'react-i18next';
import { updateWorkbook } from '../../../state/workbook-store';
import type { Workbook } from '../../../../shared/workbook/schema';
import { DateField, NumberField, TextField } from '../fields';

export function Review({ doc }: { doc: Workbook }) {
  const { t } = useTranslation('workbook');
  const r = doc.review;
  return (
    <>
      <div className="section-grid two">
        <NumberField
          label={t('review.consecutiveMisses')}
          value={r.consecutiveMisses}
          minValue={1}
          maxValue={24}
          maxDecimals={0}
          onChange={(v) =>
            v !== null && updateWorkbook((d) => void (d.review.consecutiveMisses = Math.round(v)))
          }
        />
        <DateField
          label={t('review.reviewDate')}
          value={r.reviewDate}
          at={{ field: 'reviewDate' }}
          onChange={(v) => updateWorkbook((d) => void (d.review.reviewDate = v))}
        />
      </div>
      <TextField
        multiline
        label={t('review.renegotiation')}
        value={r.renegotiation}
        onChange={(v) =>
          updateWorkbook((d) => void (d.review.renegotiation = v), { coalesce: 'review.renegotiation' })
        }
      />
      <TextField
        multiline
        label={t('review.termination')}
        value={r.termination}
        onChange={(v) =>
          updateWorkbook((d) => void (d.review.termination = v), { coalesce: 'review.termination' })
        }
      />
    </>
  );
}
