import { z } from 'zod';
import { AgreementStatus, Comment, Id, ShortText, Text } from './common';

export const Persona = z.object({
  id: Id,
  name: ShortText,
  role: ShortText,
  companySize: ShortText,
  industry: ShortText,
  pains: Text,
  triggers: Text,
  disqualifiers: Text,
  /** Each team's acceptance, keyed by team id. */
  agreedBy: z.record(Id, z.boolean()),
  status: AgreementStatus,
  comments: z.array(Comment).max(500),
});
export type Persona = z.infer<typeof Persona>;
