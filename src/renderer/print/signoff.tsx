import { teamName } from '../../shared/export/agreement-text';
import { formatDate } from '../../shared/format';
import { historyNote, revisionHistory, type RevisionInfo } from '../../shared/export/revision';
import type { SectionProps } from './sections';
import { Table } from './Table';

const BLANK = '____________________';

/**
 * The page the parties sign: the revision, its status and effective date, one signature block per
 * signatory (name, job title, team, date), the revision history and the content hash that ties the
 * signatures to this exact text.
 */
export function SignOffSection({ doc, t, lang, revision }: SectionProps & { revision: RevisionInfo }) {
  const date = (iso: string) =>
    iso ? formatDate(iso, lang, { style: 'long', timeZone: doc.calendar.timeZone }) : '';
  const history = revisionHistory(doc);
  return (
    <>
      <p className="lead">
        {t(revision.signed ? 'pdf.signoff.signedLine' : 'pdf.signoff.draftLine', {
          number: revision.number,
          date: date(revision.signedAt),
        })}{' '}
        {revision.effectiveDate
          ? t('pdf.signoff.effective', { date: date(revision.effectiveDate) })
          : t('pdf.signoff.effectiveOnSignature')}
      </p>
      <div className="signatures">
        {revision.signatures.map((s, i) => (
          <div className="signature" key={i}>
            <div className="line" />
            <p className="name">{s.name}</p>
            <p className="role">
              {t('pdf.signoff.jobTitle')}: {s.role || BLANK}
            </p>
            {teamName(doc, s.teamId) && (
              <p className="team">
                {t('summary.team')}: {teamName(doc, s.teamId)}
              </p>
            )}
            <p className="date">
              {t('pdf.agreedOn')}: {s.date ? date(s.date) : BLANK}
            </p>
          </div>
        ))}
      </div>
      <div className="keep">
        <h3>{t('pdf.signoff.history')}</h3>
        <Table
          className="history"
          widths={[13, 15, 15, 27, 30]}
          head={[
            t('summary.revision'),
            t('pdf.signoff.signedOn'),
            t('pdf.signoff.effectiveFrom'),
            t('pdf.signoff.signatories'),
            t('pdf.signoff.changes'),
          ]}
          rows={history.map((h) => [
            h.signed ? String(h.number) : `${h.number} (${t('watermark').toLocaleLowerCase(lang)})`,
            h.signed ? date(h.signedAt) : t('pdf.signoff.pending'),
            h.effectiveDate ? date(h.effectiveDate) : h.signed ? '' : t('pdf.signoff.onSignature'),
            h.signatories.map((s) => (s.role ? `${s.name} (${s.role})` : s.name)).join('\n'),
            historyNote(h, t),
          ])}
        />
      </div>
      <p className="hash-note">{t('pdf.hashNote')}</p>
      <p className="hash">{revision.hash}</p>
    </>
  );
}
