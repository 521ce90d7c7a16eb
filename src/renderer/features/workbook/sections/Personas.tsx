import { useTranslation } from 'react-i18next';
import { updateWorkbook } from '../../../state/workbook-store';
import type { Persona, Workbook } from '../../../../shared/workbook/schema';
import { newId } from '../../../../shared/workbook/ids';
import { byId, removeById } from '../edits';
import { StatusBadge } from '../../../components/StatusBadge';
import { ItemCard, StatusPicker, TextField } from '../fields';
import { Comments } from './Comments';

type TextKey = 'name' | 'role' | 'companySize' | 'industry' | 'pains' | 'triggers' | 'disqualifiers';
const SHORT: TextKey[] = ['name', 'role', 'companySize', 'industry'];
const LONG: TextKey[] = ['pains', 'triggers', 'disqualifiers'];

/** One undo step on a persona (keystrokes with the same `coalesce` key merge). */
export const editPersona = (id: string, recipe: (p: Persona) => void, coalesce?: string) =>
  updateWorkbook(
    (d) => {
      const p = byId(d.personas, id);
      if (p) recipe(p);
    },
    coalesce ? { coalesce } : {},
  );

/** One checkbox a team, ticked where the team has agreed to the persona: in the editor and on its slide. */
export function AgreedByChecks({
  persona: p,
  teams,
  className,
  legendClassName,
}: {
  persona: Persona;
  teams: Workbook['parties']['teams'];
  className: string;
  legendClassName?: string;
}) {
  const { t } = useTranslation('workbook');
  return (
    <fieldset className={className}>
      <legend className={legendClassName}>{t('personas.agreedBy')}</legend>
      {teams.map((team) => (
        <label key={team.id} className="check">
          <input
            type="checkbox"
            checked={p.agreedBy[team.id] === true}
            onChange={(e) => {
              const on = e.target.checked;
              editPersona(p.id, (x) => void (x.agreedBy[team.id] = on));
            }}
          />
          {team.name}
        </label>
      ))}
    </fieldset>
  );
}

export function Personas({ doc }: { doc: Workbook }) {
  const { t } = useTranslation('workbook');
  return (
    <>
      {doc.personas.length === 0 && <p className="muted">{t('personas.empty')}</p>}
      {doc.personas.map((p) => (
        <ItemCard
          key={p.id}
          at={{ itemId: p.id }}
          testId={`persona-${p.id}`}
          title={
            <>
              {p.name || '—'} <StatusBadge status={p.status} />
            </>
          }
          actions={
            <button
              type="button"
              className="danger"
              onClick={() => updateWorkbook((d) => removeById(d.personas, p.id))}
            >
              {t('actions.remove')}
            </button>
          }
        >
          <StatusPicker value={p.status} onChange={(s) => editPersona(p.id, (x) => void (x.status = s))} />
          <AgreedByChecks persona={p} teams={doc.parties.teams} className="agreed-by" />
          <div className="section-grid two">
            {SHORT.map((k) => (
              <TextField
                key={k}
                className={k === 'name' ? 'field-title' : undefined}
                label={t(`personas.${k}`)}
                value={p[k]}
                at={{ itemId: p.id, field: k }}
                onChange={(v) => editPersona(p.id, (x) => void (x[k] = v), `persona:${p.id}:${k}`)}
              />
            ))}
          </div>
          <div className="section-grid three">
            {LONG.map((k) => (
              <TextField
                key={k}
                multiline
                label={t(`personas.${k}`)}
                value={p[k]}
                at={{ itemId: p.id, field: k }}
                onChange={(v) => editPersona(p.id, (x) => void (x[k] = v), `persona:${p.id}:${k}`)}
              />
            ))}
          </div>
          <Comments comments={p.comments} onAdd={(c) => editPersona(p.id, (x) => void x.comments.push(c))} />
        </ItemCard>
      ))}
      <button
        type="button"
        onClick={() =>
          updateWorkbook(
            (d) =>
              void d.personas.push({
                id: newId(),
                name: '',
                role: '',
                companySize: '',
                industry: '',
                pains: '',
                triggers: '',
                disqualifiers: '',
                agreedBy: {},
                status: 'draft',
                comments: [],
              }),
          )
        }
      >
        {t('actions.addPersona')}
      </button>
    </>
  );
}
