import { z } from 'zod';
import { IsoDateTime, Language, ShortText } from './common';

export const Meta = z.object({
  title: ShortText,
  company: ShortText,
  language: Language,
  /** ISO 4217 code used for money in the workbook (deal size, revenue goal). */
  currency: z.string().regex(/^[A-Z]{3}$/),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Meta = z.infer<typeof Meta>;
