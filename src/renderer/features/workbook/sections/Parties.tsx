import { useTranslation } from 'react-i18next';
import { updateWorkbook } from '../../../state/workbook-store';
import type { RaciRole, Team, Workbook } from '../../../../shared/workbook/schema';
import { newId } from '../../../../shared/workbook/ids';
import { byId, removeById } from '../edits';
import { SelectField, TextField } from '../fields';
import { IssueNotes, useIssues } from '../issues';
import { AddItemButton, ItemTable } from '../ItemTable';

const KINDS: Team['kind'][] = ['marketing', 'sdr', 'sales', 'revops', 'other'];
const ROLES: RaciRole[] = ['', 'R', 'A', 'C', 'I'];
type RaciRow = Workbook['parties']['raci'][number];

function RaciIssues({ rowId }: { rowId: string }) {
  return <IssueNotes issues={useIssues({ itemId: rowId })} />;
}

export function Parties({ doc }: { doc: Workbook }) {
  const { t } = useTranslation('workbook');
  const teams = doc.parties.teams;
  return (
    <>
      <h2>{t('parties.teams')}</h2>
      <ItemTable
        items={teams}
        list={(d) => d.parties.teams}
        coalesce="team"
        rowTestId={(team) => `team-${team.id}`}
        removeName={(team) => team.name}
        remove={(d, team) => {
          removeById(d.parties.teams, team.id);
          for (const row of d.parties.raci) delete row.roles[team.id];
        }}
        columns={[
          { kind: 'text', field: 'name', header: t('parties.name'), issues: true },
          {
            kind: 'select',
            field: 'kind',
            header: t('parties.kind'),
            options: KINDS.map((k) => ({ value: k, label: t(`parties.kinds.${k}`) })),
          },
          { kind: 'text', field: 'owner', header: t('parties.owner'), issues: true },
          { kind: 'text', field: 'approver', header: t('parties.approver'), issues: true },
        ]}
      />
      <AddItemButton
        label={t('actions.addTeam')}
        list={(d) => d.parties.teams}
        item={() => ({ id: newId(), name: '', kind: 'other', owner: '', approver: '' })}
      />

      <h2>{t('parties.raci')}</h2>
      <p className="muted">{t('parties.raciHelp')}</p>
      {teams.length === 0 ? (
        <p className="muted">{t('parties.noTeams')}</p>
      ) : (
        <ItemTable
          className="raci"
          items={doc.parties.raci}
          list={(d) => d.parties.raci}
          coalesce="raci"
          removeName={(row) => row.activity}
          columns={[
            {
              kind: 'text',
              field: 'activity',
              header: t('parties.activity'),
              issues: true,
              after: (row) => <RaciIssues rowId={row.id} />,
            },
            ...teams.map((team) => ({
              kind: 'cell' as const,
              key: team.id,
              header: team.name,
              cell: (row: RaciRow) => (
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
              ),
            })),
          ]}
        />
      )}
      <AddItemButton
        label={t('actions.addActivity')}
        list={(d) => d.parties.raci}
        item={() => ({ id: newId(), activity: '', roles: {} })}
      />
      <TextField
        label={t('parties.notes')}
        value={doc.parties.notes}
        multiline
        onChange={(v) => updateWorkbook((d) => void (d.parties.notes = v), { coalesce: 'parties.notes' })}
      />
    </>
  );
}
