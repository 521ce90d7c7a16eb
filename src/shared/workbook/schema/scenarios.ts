import { z } from 'zod';
import { Finite, Id, ShortText, Text } from './common';

/** Conversion between two consecutive stages of the workbook's stage list. */
export const Transition = z.object({
  fromStageId: Id,
  toStageId: Id,
  /** Likely rate, 0..1. */
  rate: Finite.min(0).max(1),
  /** Days between entering `fromStageId` and entering `toStageId`. */
  lagDays: Finite.min(0).max(3650),
  /** Optional uncertainty range for Monte Carlo, 0..1. */
  low: Finite.min(0).max(1).optional(),
  high: Finite.min(0).max(1).optional(),
});
export type Transition = z.infer<typeof Transition>;

export const Scenario = z.object({
  id: Id,
  name: ShortText,
  notes: Text,
  /** Annual revenue goal in the workbook currency; null while the field is empty. */
  goal: Finite.min(0).nullable(),
  avgDealSize: Finite.min(0).nullable(),
  /** Calendar year in which the fiscal year starts, and its first month (1 = January). */
  fiscalYear: z.number().int().min(1970).max(2200),
  fiscalYearStartMonth: z.number().int().min(1).max(12),
  /** Twelve monthly weights in percent (fiscal order), or null for an even spread. */
  seasonality: z.array(Finite.min(0).max(100)).length(12).nullable(),
  transitions: z.array(Transition).max(50),
  capacity: z.object({
    reps: Finite.min(0).max(100_000),
    leadsPerRep: Finite.min(0).max(1_000_000),
    /** The stage handed over to sales, compared against capacity. */
    handoverStageId: Id.or(z.literal('')),
  }),
  /** Monthly volume at the top of the funnel, used by goal seek and Monte Carlo. */
  topOfFunnel: Finite.min(0).nullable(),
});
export type Scenario = z.infer<typeof Scenario>;

export const Scenarios = z.object({
  planOfRecordId: Id.or(z.literal('')),
  items: z.array(Scenario).max(100),
});
export type Scenarios = z.infer<typeof Scenarios>;
