import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, ShortText, Text } from './common';

/** A calendar date, or empty while not set. */
const OptionalDate = IsoDate.or(z.literal(''));

export const Signatory = z.object({
  name: ShortText,
  role: ShortText,
  teamId: Id.or(z.literal('')),
  date: IsoDate,
});
export type Signatory = z.infer<typeof Signatory>;

/**
 * A signed revision freezes the agreement's content: `hash` is the content hash of `content`
 * (the agreement sections at signing time), so later edits can be diffed against it.
 */
export const SignedRevision = z.object({
  number: z.number().int().min(1),
  signedAt: IsoDateTime,
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  signatories: z.array(Signatory).min(1).max(50),
  content: z.unknown(),
  /** Day the revision takes effect; empty means the day it was signed. Older files: ''. */
  effectiveDate: OptionalDate.default(''),
  /** What this revision changes, in the signatories' words, for the revision history. */
  changeNote: Text.default(''),
});
export type SignedRevision = z.infer<typeof SignedRevision>;

export const SignOff = z.object({
  /** Revision being edited now: the last signed number + 1 (1 before any signature). */
  currentRevision: z.number().int().min(1),
  revisions: z.array(SignedRevision).max(500),
  /** Effective date and change note proposed for the revision being edited; frozen into it at signing. */
  effectiveDate: OptionalDate.default(''),
  changeNote: Text.default(''),
});
export type SignOff = z.infer<typeof SignOff>;
