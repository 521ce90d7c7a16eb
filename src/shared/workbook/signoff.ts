import { fail, ok, type Result } from '../errors/result';
import { AgreementContent, agreementContent, contentHash, hashContent } from './hash';
import type { Signatory, SignedRevision, Workbook } from './schema';

/**
 * Where the agreement stands: never signed; exactly as signed in revision N; or edited since
 * revision N, which makes it revision N + 1, a draft.
 */
export type RevisionState =
  | { kind: 'unsigned'; revision: number }
  | { kind: 'signed'; revision: number; hash: string }
  | { kind: 'draft'; revision: number; since: number };

export const lastSigned = (doc: Workbook): SignedRevision | undefined =>
  doc.signOff.revisions.reduce<SignedRevision | undefined>(
    (a, r) => (!a || r.number > a.number ? r : a),
    undefined,
  );

export function revisionState(doc: Workbook): RevisionState {
  const last = lastSigned(doc);
  if (!last) return { kind: 'unsigned', revision: doc.signOff.currentRevision };
  return contentHash(doc) === last.hash
    ? { kind: 'signed', revision: last.number, hash: last.hash }
    : { kind: 'draft', revision: doc.signOff.currentRevision, since: last.number };
}

/**
 * The signed content of a revision, or null when the file holds something that is not agreement
 * content (a damaged or hand-edited file) or no longer matches its recorded hash.
 */
export function signedContent(rev: SignedRevision): AgreementContent | null {
  const parsed = AgreementContent.safeParse(rev.content);
  return parsed.success && hashContent(parsed.data) === rev.hash ? parsed.data : null;
}

/**
 * Signs the current revision N: records the signatories and freezes the content with its hash. The
 * workbook then edits revision N + 1. Refuses no signatories, a nameless signatory, and signing
 * content identical to the last signed revision. Error codes are keys of the `workbook` catalog.
 */
export function signOff(doc: Workbook, signatories: readonly Signatory[], now: Date): Result<Workbook> {
  const named = signatories.map((s) => ({ ...s, name: s.name.trim(), role: s.role.trim() }));
  if (named.length === 0) return fail('workbook:signoff.errors.noSignatories');
  const nameless = named.findIndex((s) => s.name === '');
  if (nameless >= 0) return fail('workbook:signoff.errors.nameless', { row: nameless + 1 });
  const hash = contentHash(doc);
  const last = lastSigned(doc);
  if (last?.hash === hash) return fail('workbook:signoff.errors.unchanged', { revision: last.number });
  const number = doc.signOff.currentRevision;
  const revision: SignedRevision = {
    number,
    signedAt: now.toISOString(),
    hash,
    signatories: named,
    // A deep copy: the frozen revision must not share objects with the document being edited.
    content: structuredClone(agreementContent(doc)),
    effectiveDate: doc.signOff.effectiveDate,
    changeNote: doc.signOff.changeNote.trim(),
  };
  // The proposal for the revision just signed is now part of it; the next revision starts without one.
  return ok({
    ...doc,
    signOff: {
      currentRevision: number + 1,
      revisions: [...doc.signOff.revisions, revision],
      effectiveDate: '',
      changeNote: '',
    },
  });
}

export interface Progress {
  agreed: number;
  total: number;
}

/** Workshop progress: how many clauses and personas are agreed ("12 of 15 clauses agreed"). */
export function agreementProgress(doc: Workbook): { clauses: Progress; personas: Progress } {
  const count = (items: readonly { status: string }[]): Progress => ({
    agreed: items.filter((i) => i.status === 'agreed').length,
    total: items.length,
  });
  return { clauses: count(doc.clauses), personas: count(doc.personas) };
}

/** A clause or persona not yet agreed, as the sign-off confirmation and the checklist list it. */
export interface Unagreed {
  kind: 'clause' | 'persona';
  id: string;
  title: string;
  status: 'draft' | 'proposed' | 'disputed';
}

/** What is not agreed yet, disputed first: signing with any of it needs a confirmation. */
export function unagreedItems(doc: Workbook): Unagreed[] {
  const items: Unagreed[] = [];
  for (const c of doc.clauses)
    if (c.status !== 'agreed') items.push({ kind: 'clause', id: c.id, title: c.title, status: c.status });
  for (const p of doc.personas)
    if (p.status !== 'agreed') items.push({ kind: 'persona', id: p.id, title: p.name, status: p.status });
  return [...items.filter((i) => i.status === 'disputed'), ...items.filter((i) => i.status !== 'disputed')];
}
