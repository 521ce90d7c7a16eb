import { z } from 'zod';
import { Id, IsoDate, ShortText, Text } from './common';

export const ReportItem = z.object({
  id: Id,
  fromTeamId: Id.or(z.literal('')),
  toTeamId: Id.or(z.literal('')),
  what: Text,
  channel: ShortText,
  frequency: ShortText,
});
export const Meeting = z.object({
  id: Id,
  name: ShortText,
  cadence: ShortText,
  attendees: ShortText,
  agenda: Text,
});
export const Feedback = z.object({
  channels: Text,
  reports: z.array(ReportItem).max(100),
  meetings: z.array(Meeting).max(50),
});
export type Feedback = z.infer<typeof Feedback>;

export const PlaybookEntry = z.object({
  id: Id,
  problem: ShortText,
  diagnosis: Text,
  action: Text,
});
export type PlaybookEntry = z.infer<typeof PlaybookEntry>;

export const Review = z.object({
  /** A team that misses any clause for this many consecutive periods triggers a review. */
  consecutiveMisses: z.number().int().min(1).max(24),
  reviewDate: IsoDate.or(z.literal('')),
  renegotiation: Text,
  termination: Text,
});
export type Review = z.infer<typeof Review>;

const HourMinute = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');
/** Working time used by business-hours clauses. `end` earlier than `start` means an overnight shift. */
export const BusinessCalendar = z.object({
  timeZone: z.string().min(1).max(64),
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  workingDays: z.array(z.number().int().min(1).max(7)).max(7),
  start: HourMinute,
  end: HourMinute,
  holidays: z.array(IsoDate).max(1000),
  /** First month of the fiscal year (1 = January): clause quarters and years follow it. */
  fiscalYearStartMonth: z.number().int().min(1).max(12).default(1),
});
export type BusinessCalendar = z.infer<typeof BusinessCalendar>;
