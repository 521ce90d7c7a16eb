import { agreementContent, contentHash, type AgreementContent } from '../workbook/hash';
import { diffAgreement, type Section } from '../workbook/diff';
import { lastSigned, revisionState, signedContent } from '../workbook/signoff';
import type { SignedRevision, Workbook } from '../workbook/schema';

/** One signature line of the sign-off page. */
export interface SignatureLine {
  name: string;
  /** Job title ("CMO", "Directora comercial"); empty on a draft line nobody has filled in yet. */
  role: string;
  teamId: string;
  /** YYYY-MM-DD when signed; empty on a draft's blank line. */
  date: string;
}

/** Which revision a document shows, and whether it is the signed text or a draft. */
export interface RevisionInfo {
  number: number;
  signed: boolean;
  signedAt: string;
  /** YYYY-MM-DD from which the revision applies; empty for a draft without a proposed date. */
  effectiveDate: string;
  /** SHA-256 of the revision's agreement content (for a draft: what signing it now would record). */
  hash: string;
  signatures: SignatureLine[];
}

/** The day a signed revision takes effect: the agreed date, or the day it was signed. */
export const effectiveDateOf = (rev: SignedRevision): string =>
  rev.effectiveDate || rev.signedAt.slice(0, 10);

/**
 * The exported revision: the latest signed one while the working copy still has exactly its content,
 * otherwise the unsigned draft being edited, whose signature lines are left blank for each team's
 * approver (with the job title that approver signed with last time, when they did).
 */
export function revisionInfo(doc: Workbook): RevisionInfo {
  const state = revisionState(doc);
  const last = lastSigned(doc);
  if (state.kind === 'signed' && last) {
    return {
      number: last.number,
      signed: true,
      signedAt: last.signedAt,
      effectiveDate: effectiveDateOf(last),
      hash: last.hash,
      signatures: last.signatories.map((s) => ({
        name: s.name,
        role: s.role,
        teamId: s.teamId,
        date: s.date,
      })),
    };
  }
  const earlierTitle = (teamId: string, name: string) =>
    last?.signatories.find((s) => s.teamId === teamId && s.name === name)?.role ?? '';
  return {
    number: state.revision,
    signed: false,
    signedAt: '',
    effectiveDate: doc.signOff.effectiveDate,
    hash: contentHash(doc),
    signatures: doc.parties.teams
      .filter((team) => team.approver.trim() !== '')
      .map((team) => ({
        name: team.approver,
        role: earlierTitle(team.id, team.approver),
        teamId: team.id,
        date: '',
      })),
  };
}

/** One line of the revision history. */
export interface HistoryEntry {
  number: number;
  signed: boolean;
  /** ISO date-time of the signature; empty for the draft. */
  signedAt: string;
  effectiveDate: string;
  signatories: { name: string; role: string }[];
  note: string;
  /** Sections changed since the previous revision; null for the first, or when it cannot be read. */
  changed: Section[] | null;
}

/**
 * Every signed revision, oldest first, and the draft being edited when it differs from the last
 * signature. Without a note, a revision is described by the sections that changed since the previous.
 */
export function revisionHistory(doc: Workbook): HistoryEntry[] {
  const revisions = [...doc.signOff.revisions].sort((a, b) => a.number - b.number);
  const entries: HistoryEntry[] = revisions.map((rev, i) => {
    const before = i > 0 ? signedContent(revisions[i - 1]!) : null;
    const after = signedContent(rev);
    return {
      number: rev.number,
      signed: true,
      signedAt: rev.signedAt,
      effectiveDate: effectiveDateOf(rev),
      signatories: rev.signatories.map((s) => ({ name: s.name, role: s.role })),
      note: rev.changeNote,
      changed: before && after ? changedSections(before, after) : null,
    };
  });
  const state = revisionState(doc);
  if (state.kind !== 'signed') {
    const last = revisions[revisions.length - 1];
    const frozen = last ? signedContent(last) : null;
    entries.push({
      number: state.revision,
      signed: false,
      signedAt: '',
      effectiveDate: doc.signOff.effectiveDate,
      signatories: [],
      note: doc.signOff.changeNote,
      changed: frozen ? changedSections(frozen, agreementContent(doc)) : null,
    });
  }
  return entries;
}

function changedSections(before: AgreementContent, after: AgreementContent): Section[] {
  return [...new Set(diffAgreement(before, after).map((c) => c.section))];
}

/** How the history describes a revision: its note, else the sections it changed. */
export function historyNote(
  h: HistoryEntry,
  t: (key: string, params?: Record<string, string>) => string,
): string {
  if (h.note) return h.note;
  if (h.changed === null) {
    if (h.number !== 1) return '';
    return t(h.signed ? 'pdf.signoff.firstVersion' : 'pdf.signoff.firstDraft');
  }
  if (h.changed.length === 0) return t('pdf.signoff.noChanges');
  return t('pdf.signoff.changedSections', {
    sections: h.changed.map((id) => t(`pdf.changedSection.${id}`)).join(', '),
  });
}
