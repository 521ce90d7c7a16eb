import { useTranslation } from 'react-i18next';
import { updateWorkbook } from '../../../state/workbook-store';
import type { PlaybookEntry, Workbook } from '../../../../shared/workbook/schema';
import { newId } from '../../../../shared/workbook/ids';
import { byId, moveItem, removeById } from '../edits';
import { ItemCard, ListActions, TextField } from '../fields';

const edit = (id: string, key: keyof PlaybookEntry, v: string) =>
  updateWorkbook(
    (d) => {
      const p = byId(d.playbook, id);
      if (p && key !== 'id') p[key] = v;
    },
    { coalesce: `playbook:${id}:${key}` },
  );

export function Playbook({ doc }: { doc: Workbook }) {
  const { t } = useTranslation('workbook');
  return (
    <>
      {doc.playbook.map((p, i) => (
        <ItemCard
          key={p.id}
          at={{ itemId: p.id }}
          title={p.problem || '—'}
          actions={
            <ListActions
              index={i}
              count={doc.playbook.length}
              name={p.problem}
              onMove={(from, to) => updateWorkbook((d) => moveItem(d.playbook, from, to))}
              onRemove={() => updateWorkbook((d) => removeById(d.playbook, p.id))}
            />
          }
        >
          <TextField
            label={t('playbook.problem')}
            value={p.problem}
            at={{ itemId: p.id, field: 'problem' }}
            onChange={(v) => edit(p.id, 'problem', v)}
          />
          <div className="section-grid two">
            <TextField
              multiline
              label={t('playbook.diagnosis')}
              value={p.diagnosis}
              onChange={(v) => edit(p.id, 'diagnosis', v)}
            />
            <TextField
              multiline
              label={t('playbook.action')}
              value={p.action}
              at={{ itemId: p.id, field: 'action' }}
              onChange={(v) => edit(p.id, 'action', v)}
            />
          </div>
        </ItemCard>
      ))}
      <button
        type="button"
        onClick={() =>
          updateWorkbook((d) => void d.playbook.push({ id: newId(), problem: '', diagnosis: '', action: '' }))
        }
      >
        {t('actions.addEntry')}
      </button>
    </>
  );
}
