import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../src/shared/workbook/hash';
import { diffAgreement } from '../../../src/shared/workbook/diff';
import {
  unagreedItems,
  agreementProgress,
  lastSigned,
  revisionState,
  signedContent,
  signOff,
} from '../../../src/shared/workbook/signoff';
import { parseWorkbook, serializeWorkbook } from '../../../src/shared/workbook/document';
import type { Signatory, Workbook } from '../../../src/shared/workbook/schema';
import { clause, example, NOW } from './fixtures';

const signers: Signatory[] = [
  { name: 'Lucía Ferrer', role: 'Directora de marketing', teamId: 'team-marketing', date: '2026-03-02' },
  { name: 'Marta Soler', role: 'Directora comercial', teamId: 'team-sales', date: '2026-03-02' },
];

function signed(doc: Workbook, at = NOW): Workbook {
  const r = signOff(doc, signers, at);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

describe('sign-off and revisions', () => {
  it('an unsigned workbook is revision 1', () => {
    expect(revisionState(example())).toEqual({ kind: 'unsigned', revision: 1 });
  });

  it('signing freezes revision 1 with its hash and moves editing to revision 2', () => {
    const doc = example();
    const after = signed(doc);
    expect(after.signOff.currentRevision).toBe(2);
    expect(after.signOff.revisions).toHaveLength(1);
    const rev = after.signOff.revisions[0]!;
    expect(rev).toMatchObject({ number: 1, signedAt: '2026-03-02T10:00:00.000Z', hash: contentHash(doc) });
    expect(rev.signatories.map((s) => s.name)).toEqual(['Lucía Ferrer', 'Marta Soler']);
    expect(revisionState(after)).toEqual({ kind: 'signed', revision: 1, hash: contentHash(doc) });
    // Signing does not change the agreement itself.
    expect(contentHash(after)).toBe(contentHash(doc));
  });

  it('a later edit is revision 2 as a draft; undoing the edit by hand makes it signed again', () => {
    const s = signed(example());
    const edited = structuredClone(s);
    clause(edited, 'clause-mql-volume', 'volume').target = 450;
    expect(revisionState(edited)).toEqual({ kind: 'draft', revision: 2, since: 1 });
    clause(edited, 'clause-mql-volume', 'volume').target = 400;
    expect(revisionState(edited).kind).toBe('signed');
  });

  it('comments after signing do not start a new revision', () => {
    const s = signed(example());
    s.clauses[2]!.comments.push({ id: 'x', author: 'Javier', at: '2026-03-05T08:00:00Z', text: 'Visto' });
    expect(revisionState(s).kind).toBe('signed');
  });

  it('refuses to sign with no signatory, with a nameless one, or with nothing changed', () => {
    const doc = example();
    expect(signOff(doc, [], NOW)).toEqual({
      ok: false,
      error: { code: 'workbook:signoff.errors.noSignatories' },
    });
    const nameless = signOff(doc, [signers[0]!, { ...signers[1]!, name: '  ' }], NOW);
    expect(nameless).toEqual({
      ok: false,
      error: { code: 'workbook:signoff.errors.nameless', params: { row: 2 } },
    });
    const again = signOff(signed(doc), signers, NOW);
    expect(again).toEqual({
      ok: false,
      error: { code: 'workbook:signoff.errors.unchanged', params: { revision: 1 } },
    });
  });

  it('signs revision 2 after an edit, keeping revision 1 intact, and survives save and reopen', () => {
    const s1 = signed(example());
    const edited = structuredClone(s1);
    edited.scoring.threshold = 65;
    const s2 = signed(edited, new Date('2026-04-07T09:00:00Z'));
    expect(s2.signOff.revisions.map((r) => r.number)).toEqual([1, 2]);
    expect(s2.signOff.currentRevision).toBe(3);
    expect(lastSigned(s2)?.number).toBe(2);
    expect(s2.signOff.revisions[0]).toEqual(s1.signOff.revisions[0]);

    const reopened = parseWorkbook(serializeWorkbook(s2), 'acuerdo.pacto');
    if (!reopened.ok) throw new Error(reopened.error.code);
    expect(revisionState(reopened.value.doc)).toEqual({
      kind: 'signed',
      revision: 2,
      hash: contentHash(edited),
    });
    // The frozen content of revision 1 still reads back and differs from now only in the threshold.
    const rev1 = signedContent(reopened.value.doc.signOff.revisions[0]!);
    expect(rev1).not.toBeNull();
    expect(diffAgreement(rev1!, signedContent(reopened.value.doc.signOff.revisions[1]!)!)).toEqual([
      { kind: 'fields', section: 'scoring', fields: [{ path: 'threshold', before: 60, after: 65 }] },
    ]);
  });

  it('does not trust frozen content that no longer matches its hash', () => {
    const s = signed(example());
    const rev = structuredClone(s.signOff.revisions[0]!);
    (rev.content as { meta: { title: string } }).meta.title = 'Otro';
    expect(signedContent(rev)).toBeNull();
    expect(signedContent({ ...rev, content: { nonsense: true } })).toBeNull();
  });

  it('counts agreed clauses and personas: the example has 2 of 13 clauses and 2 of 3 personas agreed', () => {
    const doc = example();
    expect(agreementProgress(doc)).toEqual({
      clauses: { agreed: 2, total: 13 },
      personas: { agreed: 2, total: 3 },
    });
    for (const c of doc.clauses) c.status = 'agreed';
    expect(agreementProgress(doc).clauses).toEqual({ agreed: 13, total: 13 });
  });
});

describe('what is not agreed before signing', () => {
  it('lists every clause and persona not agreed, disputed first, and nothing once all are agreed', () => {
    const doc = example('en');
    const items = unagreedItems(doc);
    const expected = [...doc.clauses, ...doc.personas].filter((i) => i.status !== 'agreed').length;
    expect(items).toHaveLength(expected);
    expect(items[0]).toMatchObject({ kind: 'clause', status: 'disputed' });
    expect(items.filter((i) => i.status === 'disputed')).toHaveLength(1);
    expect(items.some((i) => i.kind === 'persona')).toBe(true);
    const agreed: Workbook = {
      ...doc,
      clauses: doc.clauses.map((c) => ({ ...c, status: 'agreed' })),
      personas: doc.personas.map((p) => ({ ...p, status: 'agreed' })),
    };
    expect(unagreedItems(agreed)).toEqual([]);
  });
});
