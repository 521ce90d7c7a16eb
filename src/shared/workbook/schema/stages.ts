import { z } from 'zod';
import { Id, ShortText, Text } from './common';

/** What a stage means to the engine, whatever the team calls it. */
export const StageKind = z.enum(['visit', 'lead', 'mql', 'sal', 'sql', 'opportunity', 'customer', 'custom']);
export type StageKind = z.infer<typeof StageKind>;

export const Stage = z.object({
  id: Id,
  name: ShortText,
  kind: StageKind,
  definition: Text,
  entryCriteria: Text,
  exitCriteria: Text,
  ownerTeamId: Id.or(z.literal('')),
});
export type Stage = z.infer<typeof Stage>;
