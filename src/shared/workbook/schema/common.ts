import { z } from 'zod';

// zod's default compiles a parser per object schema the first time it parses (generated code): for a
// workbook read once per command or window that cost more than it saved (24 KB workbook: first parse
// ≈ 50 ms, ≈ 15 ms without; later ones 3–4 ms against 2–3). Global: every schema of the app, set as
// this module, which every workbook and IPC schema imports, is evaluated.
z.config({ jitless: true });

/** Identifiers are short opaque strings; generated ids are random, imported ones are kept as text. */
export const Id = z.string().min(1).max(128);
/** Free text a person typed. Bounded so a hostile file cannot make us hold megabytes per field. */
export const Text = z.string().max(20_000);
export const ShortText = z.string().max(500);
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
export const IsoDateTime = z
  .string()
  .max(40)
  .refine((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO date-time');
export const Language = z.enum(['es', 'en']);
export type Language = z.infer<typeof Language>;

/** Workshop status of a clause or persona. */
export const AgreementStatus = z.enum(['draft', 'proposed', 'agreed', 'disputed']);
export type AgreementStatus = z.infer<typeof AgreementStatus>;

export const Comment = z.object({
  id: Id,
  author: ShortText,
  at: IsoDateTime,
  text: Text,
});
export type Comment = z.infer<typeof Comment>;

/** A finite number (zod's number already refuses NaN; this also refuses ±Infinity). */
export const Finite = z.number().finite();
export const Share = z.number().min(0).max(1);
