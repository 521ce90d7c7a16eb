import { useTranslation } from 'react-i18next';
import { updateWorkbook } from '../../../state/workbook-store';
import type { Workbook } from '../../../../shared/workbook/schema';
import { SelectField, TextField } from '../fields';

/** Currencies of the markets Pacto is written for; a file with another code keeps it. */
const CURRENCIES = ['EUR', 'USD', 'GBP', 'MXN', 'COP', 'ARS', 'CLP', 'PEN', 'BRL', 'CAD', 'CHF'];

export function General({ doc }: { doc: Workbook }) {
  const { t } = useTranslation('workbook');
  return (
    <div className="section-grid">
      <TextField
        label={t('general.title')}
        value={doc.meta.title}
        at={{ field: 'title' }}
        onChange={(v) => updateWorkbook((d) => void (d.meta.title = v), { coalesce: 'meta.title' })}
      />
      <TextField
        label={t('general.company')}
        value={doc.meta.company}
        onChange={(v) => updateWorkbook((d) => void (d.meta.company = v), { coalesce: 'meta.company' })}
      />
      <SelectField
        label={t('general.currency')}
        value={doc.meta.currency}
        options={[...new Set([doc.meta.currency, ...CURRENCIES])].map((c) => ({ value: c, label: c }))}
        onChange={(v) => updateWorkbook((d) => void (d.meta.currency = v))}
      />
      <TextField
        label={t('general.notes')}
        value={doc.notes}
        multiline
        onChange={(v) => updateWorkbook((d) => void (d.notes = v), { coalesce: 'notes' })}
      />
    </div>
  );
}
