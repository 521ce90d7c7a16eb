import { useTranslation } from 'react-i18next';
import { updateWorkbook } from '../../../state/workbook-store';
import type { RaciRole, Team, Workbook } from '../../../../shared/workbook/schema';
import { newId } from '../../../../shared/workbook/ids';
import { byId, removeById } from '../edits';
import { SelectField, TextField } from '../fields';
import { IssueNotes, useIssues } from '../issues';

const KINDS: Team['kind'][] = ['marketing', 'sdr', 'sales', 'revops', 'other'];
const ROLES: RaciRole[] = ['', 'R', 'A', 'C', 'I'];

const editTeam = (id: string, key: string, recipe: (t: Team) => void) =>
  updateWorkbook(
    (d) => {
      const team = byId(d.parties.teams, id);
      if (team) recipe(team);
    },
    { coalesce: `team:${id}:${key}` },
  );

function RaciIssues({ rowId }: { rowId: string }) {
  return <IssueNotes issues={useIssues({ itemId: rowId })} />;
}

export function Parties({ doc }: { doc: Workbook }) {
  const { t } = useTranslation('workbook');
  const teams = doc.parties.teams;
  return (
    <>
      <h2>{t('parties.teams')}</h2>
      <div className="table-scroll">
        <table className="edit-table">
          <thead>
            <tr>
              <th>{t('parties.name')}</th>
              <th>{t('parties.kind')}</th>
              <th>{t('parties.owner')}</th>
              <th>{t('parties.approver')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {teams.map((team) => (
              <tr key={team.id} data-testid={`team-${team.id}`}>
                <td>
                  <TextField
                    className="compact"
                    label={t('parties.name')}
                    value={team.name}
                    at={{ itemId: team.id, field: 'name' }}
                    onChange={(v) => editTeam(team.id, 'name', (x) => void (x.name = v))}
                  />
                </td>
                <td>
                  <SelectField
                    className="compact"
                    label={t('parties.kind')}
                    value={team.kind}
                    options={KINDS.map((k) => ({ value: k, label: t(`parties.kinds.${k}`) }))}
                    onChange={(v) => editTeam(team.id, 'kind', (x) => void (x.kind = v))}
                  />
                </td>
                <td>
                  <TextField
                    className="compact"
                    label={t('parties.owner')}
                    value={team.owner}
                    at={{ itemId: team.id, field: 'owner' }}
                    onChange={(v) => editTeam(team.id, 'owner', (x) => void (x.owner = v))}
                  />
                </td>
                <td>
                  <TextField
                    className="compact"
                    label={t('parties.approver')}
                    value={team.approver}
                    at={{ itemId: team.id, field: 'approver' }}
                    onChange={(v) => editTeam(team.id, 'approver', (x) => void (x.approver = v))}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="danger"
                    aria-label={`${t('actions.remove')}: ${team.name}`}
                    onClick={() =>
                      updateWorkbook((d) => {
                        removeById(d.parties.teams, team.id);
                        for (const row of d.parties.raci) delete row.roles[team.id];
                      })
                    }
                  >
                    {t('actions.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        onClick={() =>
          updateWorkbook(
            (d) =>
              void d.parties.teams.push({ id: newId(), name: '', kind: 'other', owner: '', approver: '' }),
          )
        }
      >
        {t('actions.addTeam')}
      </button>

      <h2>{t('parties.raci')}</h2>
      <p className="muted">{t('parties.raciHelp')}</p>
      {teams.length === 0 ? (
        <p className="muted">{t('parties.noTeams')}</p>
      ) : (
        <div className="table-scroll">
          <table className="edit-table raci">
            <thead>
              <tr>
                <th>{t('parties.activity')}</th>
                {teams.map((team) => (
                  <th key={team.id}>{team.name}</th>
                ))}
                <th />
              </tr>
            </thead>
            <tbody>
              {doc.parties.raci.map((row) => (
                <tr key={row.id}>
                  <td>
                    <TextField
                      className="compact"
                      label={t('parties.activity')}
                      value={row.activity}
                      at={{ itemId: row.id, field: 'activity' }}
                      onChange={(v) =>
                        updateWorkbook(
                          (d) => {
                            const r = byId(d.parties.raci, row.id);
                            if (r) r.activity = v;
                          },
                          { coalesce: `raci:${row.id}` },
                        )
                      }
                    />
                    <RaciIssues rowId={row.id} />
                  </td>
                  {teams.map((team) => (
                    <td key={team.id}>
                      <SelectField
                        className="compact raci-cell"
                        label={`${row.activity} · ${team.name}`}
                        value={row.roles[team.id] ?? ''}
                        options={ROLES.map((r) => ({ value: r, label: r || t('parties.roleNone') }))}
                        onChange={(v) =>
                          updateWorkbook((d) => {
                            const r = byId(d.parties.raci, row.id);
                            if (r) r.roles[team.id] = v;
                          })
                        }
                      />
                    </td>
                  ))}
                  <td>
                    <button
                      type="button"
                      className="danger"
                      aria-label={`${t('actions.remove')}: ${row.activity}`}
                      onClick={() => updateWorkbook((d) => removeById(d.parties.raci, row.id))}
                    >
                      {t('actions.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <button
        type="button"
        onClick={() =>
          updateWorkbook((d) => void d.parties.raci.push({ id: newId(), activity: '', roles: {} }))
        }
      >
        {t('actions.addActivity')}
      </button>
      <TextField
        label={t('parties.notes')}
        value={doc.parties.notes}
        multiline
        onChange={(v) => updateWorkbook((d) => void (d.parties.notes = v), { coalesce: 'parties.notes' })}
      />
    </>
  );
}
