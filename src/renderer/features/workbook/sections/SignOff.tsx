import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateWorkbook } from '../../../state/workbook-store';
import { notify, useUi } from '../../../state/ui-store';
import type { Signatory, Workbook } from '../../../../shared/workbook/schema';
import {
  lastSigned,
  revisionState,
  signedContent,
  signOff,
  unagreedItems,
  type Unagreed,
} from '../../../../shared/workbook/signoff';
import { agreementContent } from '../../../../shared/workbook/hash';
import { diffAgreement } from '../../../../shared/workbook/diff';
import { errorMessage } from '../../../../shared/i18n';
import type { AppError } from '../../../../shared/errors/result';
import type { Issue } from '../../../../shared/workbook/validate';
import { formatDateTime } from '../../../format';
import { ChangeList } from './Changes';
import { RevisionLabel } from '../RevisionLabel';
import { EditTable } from '../../../components/EditTable';
import { DateInput } from '../../../components/DateInput';
import { Options } from '../../../components/Options';
import { ConfirmSignOff } from './ConfirmSignOff';

/** The signatory's fields typed as text, one column each. */
const TEXT_COLUMNS = ['name', 'role'] as const;

const today = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/**
 * Signatories start as each team's approver, with the job title they signed with last time; the
 * facilitator corrects them before signing.
 */
const initialSignatories = (doc: Workbook): Signatory[] => {
  const last = lastSigned(doc);
  return doc.parties.teams
    .filter((x) => x.approver.trim() !== '')
    .map((x) => ({
      name: x.approver,
      role: last?.signatories.find((s) => s.teamId === x.id && s.name === x.approver)?.role ?? '',
      teamId: x.id,
      date: today(),
    }));
};

export function SignOff({ doc, issues }: { doc: Workbook; issues: readonly Issue[] }) {
  const { t, i18n } = useTranslation('workbook');
  const lang = useUi((s) => s.language);
  const [signatories, setSignatories] = useState<Signatory[]>(() => initialSignatories(doc));
  const [error, setError] = useState<AppError | null>(null);
  /** What is not agreed, while the confirmation is open. */
  const [confirming, setConfirming] = useState<Unagreed[] | null>(null);
  const state = revisionState(doc);
  const last = lastSigned(doc);
  const errors = issues.filter((i) => i.severity === 'error').length;
  const setRow = (i: number, patch: Partial<Signatory>) =>
    setSignatories((rows) => rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  /** Signing with anything not agreed asks first, naming each item. */
  const requestSign = () => {
    const pending = unagreedItems(doc);
    if (pending.length > 0) setConfirming(pending);
    else sign();
  };

  const sign = () => {
    const result = signOff(doc, signatories, new Date());
    if (!result.ok) return setError(result.error);
    setError(null);
    updateWorkbook((d) => void (d.signOff = result.value.signOff));
    notify({
      kind: 'info',
      key: 'workbook:signoff.signed',
      params: { revision: doc.signOff.currentRevision },
    });
  };

  const frozen = last ? signedContent(last) : null;
  const changes = frozen ? diffAgreement(frozen, agreementContent(doc)) : [];

  return (
    <>
      <p className="revision-state">
        <strong>{t('signoff.state')}:</strong> <RevisionLabel state={state} />
      </p>

      <h2>{t('signoff.signatories')}</h2>
      <EditTable
        items={signatories}
        rowKey={(_, i) => i}
        remove={{
          text: t('actions.remove'),
          onRemove: (_, i) => setSignatories((rows) => rows.filter((_, j) => j !== i)),
        }}
        columns={[
          ...TEXT_COLUMNS.map((k) => ({
            header: t(`signoff.${k}`),
            cell: (s: Signatory, i: number) => (
              <input
                aria-label={`${t(`signoff.${k}`)} ${i + 1}`}
                value={s[k]}
                onChange={(e) => setRow(i, { [k]: e.target.value })}
              />
            ),
          })),
          {
            header: t('signoff.team'),
            cell: (s, i) => (
              <select
                aria-label={`${t('signoff.team')} ${i + 1}`}
                value={s.teamId}
                onChange={(e) => setRow(i, { teamId: e.target.value })}
              >
                <Options
                  none={t('clauses.noOwner')}
                  options={doc.parties.teams.map((x) => ({ value: x.id, label: x.name }))}
                />
              </select>
            ),
          },
          {
            header: t('signoff.date'),
            cell: (s, i) => (
              <DateInput
                label={`${t('signoff.date')} ${i + 1}`}
                hideLabel
                value={s.date}
                onChange={(date) => date && setRow(i, { date })}
              />
            ),
          },
        ]}
      />
      <div className="signoff-terms">
        <DateInput
          label={t('signoff.effectiveDate')}
          value={doc.signOff.effectiveDate}
          onChange={(date) => updateWorkbook((d) => void (d.signOff.effectiveDate = date))}
        />
        <label>
          {t('signoff.changeNote')}
          <textarea
            rows={2}
            value={doc.signOff.changeNote}
            onChange={(e) =>
              updateWorkbook((d) => void (d.signOff.changeNote = e.target.value), {
                coalesce: 'signoff.changeNote',
              })
            }
          />
        </label>
      </div>
      <div className="button-row">
        <button
          type="button"
          onClick={() =>
            setSignatories((rows) => [...rows, { name: '', role: '', teamId: '', date: today() }])
          }
        >
          {t('actions.addSignatory')}
        </button>
        <button type="button" className="primary" onClick={requestSign}>
          {t('actions.signOff', { revision: doc.signOff.currentRevision })}
        </button>
      </div>
      <ConfirmSignOff
        revision={doc.signOff.currentRevision}
        items={confirming}
        onAnswer={(yes) => {
          setConfirming(null);
          if (yes) sign();
        }}
      />
      {errors > 0 && <p className="issue warning">{t('signoff.issuesBeforeSigning', { count: errors })}</p>}
      {error && (
        <p className="issue error" role="alert">
          {errorMessage(i18n.t, error)}
        </p>
      )}

      <h2>{last ? t('signoff.changes', { revision: last.number }) : t('signoff.revisions')}</h2>
      {!last ? (
        <p className="muted">{t('signoff.neverSigned')}</p>
      ) : !frozen ? (
        <p className="issue error">{t('signoff.unreadable', { revision: last.number })}</p>
      ) : changes.length === 0 ? (
        <p className="muted" data-testid="changes">
          {t('signoff.noChanges', { revision: last.number })}
        </p>
      ) : (
        <ChangeList changes={changes} doc={doc} />
      )}

      {last && (
        <>
          <h2>{t('signoff.revisions')}</h2>
          <ul className="revision-list">
            {[...doc.signOff.revisions].reverse().map((r) => (
              <li key={r.number}>
                <strong>
                  {t('signoff.revisionLine', {
                    number: r.number,
                    date: formatDateTime(r.signedAt, lang),
                    hash: r.hash.slice(0, 12),
                  })}
                </strong>
                <ul>
                  {r.signatories.map((s, i) => (
                    <li key={i}>
                      {s.name} — {s.role} ({doc.parties.teams.find((x) => x.id === s.teamId)?.name ?? '—'}),{' '}
                      {s.date}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
