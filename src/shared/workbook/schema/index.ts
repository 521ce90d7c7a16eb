import { z } from 'zod';
import { Id, Text } from './common';
import { Meta } from './meta';
import { Parties } from './parties';
import { Persona } from './personas';
import { Stage } from './stages';
import { Scoring } from './scoring';
import { Clause } from './clauses';
import { BusinessCalendar, Feedback, PlaybookEntry, Review } from './agreement';
import { SignOff } from './signoff';
import { Scenarios } from './scenarios';
import { Imports } from './imports';

export * from './common';
export * from './meta';
export * from './parties';
export * from './personas';
export * from './stages';
export * from './scoring';
export * from './clauses';
export * from './agreement';
export * from './signoff';
export * from './scenarios';
export * from './imports';

/** The version this build writes. Older files are migrated on open (see ../migrations.ts). */
export const SCHEMA_VERSION = 3;
/** Marks a JSON file as a Pacto workbook, so a foreign JSON file is told apart from a damaged one. */
export const FILE_KIND = 'pacto.workbook';

export const Workbook = z.object({
  kind: z.literal(FILE_KIND),
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: Id,
  meta: Meta,
  parties: Parties,
  personas: z.array(Persona).max(100),
  stages: z.array(Stage).min(2).max(20),
  scoring: Scoring,
  clauses: z.array(Clause).max(200),
  feedback: Feedback,
  playbook: z.array(PlaybookEntry).max(100),
  review: Review,
  calendar: BusinessCalendar,
  signOff: SignOff,
  scenarios: Scenarios,
  imports: Imports,
  notes: Text,
});
export type Workbook = z.infer<typeof Workbook>;
