import type { Clause } from '../../workbook/schema';
import type { ClauseKind } from '../kind';
import { acceptance } from './acceptance';
import { acceptanceRate } from './acceptance-rate';
import { cadence } from './cadence';
import { capacity } from './capacity';
import { conversion } from './conversion';
import { recycling } from './recycling';
import { responseTime } from './response-time';
import { revenue } from './revenue';
import { scoring } from './scoring';
import { velocity } from './velocity';
import { volume } from './volume';

/** The clause types measured from records (a qualitative clause is reviewed by people). */
export type MeasuredType = Exclude<Clause['type'], 'qualitative'>;

/** Every measurable clause type. Adding one: a module in this folder, listed here. */
export const KINDS: { [T in MeasuredType]: ClauseKind<Extract<Clause, { type: T }>, unknown> } = {
  volume,
  responseTime,
  cadence,
  acceptance,
  acceptanceRate,
  scoring,
  conversion,
  recycling,
  velocity,
  revenue,
  capacity,
};

export function kindOf(clause: Clause): ClauseKind | undefined {
  return clause.type === 'qualitative' ? undefined : (KINDS[clause.type] as ClauseKind);
}
