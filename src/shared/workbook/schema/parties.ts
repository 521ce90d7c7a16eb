import { z } from 'zod';
import { Id, ShortText, Text } from './common';

export const TeamKind = z.enum(['marketing', 'sdr', 'sales', 'revops', 'other']);
export const Team = z.object({
  id: Id,
  name: ShortText,
  kind: TeamKind,
  /** Person accountable for the team's commitments. */
  owner: ShortText,
  /** Person who approves the SLA on the team's behalf. */
  approver: ShortText,
});
export type Team = z.infer<typeof Team>;

export const RaciRole = z.enum(['R', 'A', 'C', 'I', '']);
export type RaciRole = z.infer<typeof RaciRole>;
/** One activity of the responsibilities matrix and each team's role in it. */
export const RaciRow = z.object({
  id: Id,
  activity: ShortText,
  roles: z.record(Id, RaciRole),
});
export type RaciRow = z.infer<typeof RaciRow>;

export const Parties = z.object({
  teams: z.array(Team).max(50),
  raci: z.array(RaciRow).max(100),
  notes: Text,
});
export type Parties = z.infer<typeof Parties>;
