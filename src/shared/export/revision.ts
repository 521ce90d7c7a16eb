import { contentHash } from '../workbook/hash';
import { lastSigned, revisionState } from '../workbook/signoff';
import type { Workbook } from '../workbook/schema';

/** One signature line of the sign-off page. */
export interface SignatureLine {
  name: string;
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
  /** SHA-256 of the revision's agreement content (for a draft: what signing it now would record). */
  hash: string;
  signatures: SignatureLine[];
}

/**
 * The exported revision: the latest signed one while the working copy still has exactly its content,
 * otherwise the unsigned draft being edited, whose signature lines are left blank for each team's
 * approver.
 */
export function revisionInfo(doc: Workbook): RevisionInfo {
  const state = revisionState(doc);
  const last = lastSigned(doc);
  if (state.kind === 'signed' && last) {
    return {
      number: last.number,
      signed: true,
      signedAt: last.signedAt,
      hash: last.hash,
      signatures: last.signatories.map((s) => ({
        name: s.name,
        role: s.role,
        teamId: s.teamId,
        date: s.date,
      })),
    };
  }
  return {
    number: state.revision,
    signed: false,
    signedAt: '',
    hash: contentHash(doc),
    signatures: doc.parties.teams
      .filter((team) => team.approver.trim() !== '')
      .map((team) => ({ name: team.approver, role: team.name, teamId: team.id, date: '' })),
  };
}
