import { useTranslation } from 'react-i18next';
import { updateWorkbook } from '../../../state/workbook-store';
import { StageKind, type Stage, type Workbook } from '../../../../shared/workbook/schema';
import { newId } from '../../../../shared/workbook/ids';
import { applyDemandWaterfall } from '../../../../shared/workbook/stage-sets';
import { byId, moveItem, removeById, salInsertIndex } from '../edits';
import { ItemCard, ListActions, SelectField, TextField } from '../fields';

const edit = (id: string, key: string, recipe: (s: Stage) => void) =>
  updateWorkbook(
    (d) => {
      const s = byId(d.stages, id);
      if (s) recipe(s);
    },
    { coalesce: `stage:${id}:${key}` },
  );

/** Owner select options shared by stages and clauses: the teams, plus "none". */
export function useTeamOptions(doc: Workbook) {
  const { t } = useTranslation('workbook');
  return [
    { value: '', label: t('clauses.noOwner') },
    ...doc.parties.teams.map((x) => ({ value: x.id, label: x.name || '—' })),
  ];
}

export function Stages({ doc }: { doc: Workbook }) {
  const { t } = useTranslation('workbook');
  const teamOptions = useTeamOptions(doc);
  const hasSal = doc.stages.some((s) => s.kind === 'sal');
  const canRemove = doc.stages.length > 2;
  const canAdd = doc.stages.length < 20;
  return (
    <>
      <ol className="stage-list">
        {doc.stages.map((s, i) => (
          <li key={s.id} data-testid={`stage-${s.id}`}>
            <ItemCard
              at={{ itemId: s.id }}
              title={
                <>
                  <span className="muted">{t('stages.order', { n: i + 1 })}</span> {s.name || '—'}
                </>
              }
              actions={
                <ListActions
                  index={i}
                  count={doc.stages.length}
                  name={s.name}
                  onMove={(from, to) => updateWorkbook((d) => moveItem(d.stages, from, to))}
                  onRemove={() => updateWorkbook((d) => removeById(d.stages, s.id))}
                  removeDisabled={!canRemove}
                />
              }
            >
              <div className="section-grid three">
                <TextField
                  label={t('stages.name')}
                  value={s.name}
                  at={{ itemId: s.id, field: 'name' }}
                  onChange={(v) => edit(s.id, 'name', (x) => void (x.name = v))}
                />
                <SelectField
                  label={t('stages.kind')}
                  value={s.kind}
                  options={StageKind.options.map((k) => ({ value: k, label: t(`stages.kinds.${k}`) }))}
                  onChange={(v) => edit(s.id, 'kind', (x) => void (x.kind = v))}
                />
                <SelectField
                  label={t('stages.owner')}
                  value={s.ownerTeamId}
                  at={{ itemId: s.id, field: 'ownerTeamId' }}
                  options={teamOptions}
                  onChange={(v) => edit(s.id, 'owner', (x) => void (x.ownerTeamId = v))}
                />
              </div>
              <div className="section-grid three">
                <TextField
                  multiline
                  label={t('stages.definition')}
                  value={s.definition}
                  at={{ itemId: s.id, field: 'definition' }}
                  onChange={(v) => edit(s.id, 'definition', (x) => void (x.definition = v))}
                />
                <TextField
                  multiline
                  label={t('stages.entry')}
                  value={s.entryCriteria}
                  onChange={(v) => edit(s.id, 'entry', (x) => void (x.entryCriteria = v))}
                />
                <TextField
                  multiline
                  label={t('stages.exit')}
                  value={s.exitCriteria}
                  onChange={(v) => edit(s.id, 'exit', (x) => void (x.exitCriteria = v))}
                />
              </div>
              <div className="section-grid three">
                <TextField
                  multiline
                  label={t('stages.crmValues')}
                  value={(s.crmValues ?? []).join('\n')}
                  onChange={(v) =>
                    edit(s.id, 'crmValues', (x) => void (x.crmValues = v === '' ? [] : v.split('\n')))
                  }
                />
              </div>
            </ItemCard>
          </li>
        ))}
      </ol>
      {!canRemove && <p className="muted">{t('stages.minStages')}</p>}
      <div className="button-row">
        <button
          type="button"
          disabled={!canAdd}
          onClick={() =>
            updateWorkbook(
              (d) =>
                void d.stages.push({
                  id: newId(),
                  name: t('stages.newName'),
                  kind: 'custom',
                  definition: '',
                  entryCriteria: '',
                  exitCriteria: '',
                  ownerTeamId: '',
                }),
            )
          }
        >
          {t('actions.addStage')}
        </button>
        <button
          type="button"
          onClick={() =>
            updateWorkbook((d) => void (d.stages = applyDemandWaterfall(d.stages, d.meta.language)))
          }
        >
          {t('actions.demandWaterfall')}
        </button>
        {!hasSal && (
          <button
            type="button"
            disabled={!canAdd}
            onClick={() =>
              updateWorkbook((d) =>
                d.stages.splice(salInsertIndex(d as Workbook), 0, {
                  id: newId(),
                  name: t('stages.salName'),
                  kind: 'sal',
                  definition: '',
                  entryCriteria: '',
                  exitCriteria: '',
                  ownerTeamId: '',
                }),
              )
            }
          >
            {t('actions.addSal')}
          </button>
        )}
      </div>
    </>
  );
}
