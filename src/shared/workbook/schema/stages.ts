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
  /**
   * The values a CRM's lifecycle/status column holds for this stage (e.g. HubSpot's "Marketing
   * Qualified Lead"), for exports that give the current stage rather than a date per stage. Matched
   * ignoring case and accents, before the built-in values of the stage's kind (import/stage-values.ts).
   * Optional, so files without it (and their signature hashes) stay as they were.
   */
  crmValues: z.array(ShortText).max(100).optional(),
});
export type Stage = z.infer<typeof Stage>;
