import { z } from 'zod';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './document';
import {
  BusinessCalendar,
  Clause,
  Feedback,
  Parties,
  Persona,
  PlaybookEntry,
  Review,
  Scoring,
  Stage,
  type Workbook,
} from './schema';

/**
 * What a signature covers: the agreement itself. Sign-off history, scenarios, imports, notes and
 * timestamps are left out (they change without changing what was agreed), and so are comments:
 * they are the discussion about the agreement, so adding one must not start a new revision.
 */
export const AgreementContent = z.object({
  meta: z.object({ title: z.string(), company: z.string() }),
  parties: Parties,
  personas: z.array(Persona),
  stages: z.array(Stage),
  scoring: Scoring,
  clauses: z.array(Clause),
  feedback: Feedback,
  playbook: z.array(PlaybookEntry),
  review: Review,
  calendar: BusinessCalendar,
});
export type AgreementContent = z.infer<typeof AgreementContent>;

export function agreementContent(doc: Workbook): AgreementContent {
  return {
    meta: { title: doc.meta.title, company: doc.meta.company },
    parties: doc.parties,
    personas: doc.personas.map((p) => ({ ...p, comments: [] })),
    // How a CRM export names each stage is measurement set-up, not something the parties sign.
    stages: doc.stages.map(({ crmValues: _crmValues, ...stage }) => stage),
    scoring: doc.scoring,
    clauses: doc.clauses.map((c) => ({ ...c, comments: [] })),
    feedback: doc.feedback,
    playbook: doc.playbook,
    review: doc.review,
    calendar: doc.calendar,
  };
}

/** SHA-256 (hex) of the canonical JSON of some content: independent of key order and formatting. */
export function hashContent(content: AgreementContent): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(content))));
}

/** The content hash of a workbook's agreement. */
export const contentHash = (doc: Workbook): string => hashContent(agreementContent(doc));
