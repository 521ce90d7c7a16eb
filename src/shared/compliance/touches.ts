import { ACTIVITY_CHANNELS, ActivityFlag, type ActivitySet } from '../records/record-set';
import type { TouchRule } from '../workbook/schema';

/** Never a sales touch, whatever the agreement counts: sent by a tool, from the lead, or not done. */
const NEVER = ActivityFlag.automated | ActivityFlag.inbound | ActivityFlag.planned;

/**
 * A touch rule as the kernels read it: per channel index 1 if it counts, and the flag bits an activity
 * must not have (`reject`) and must have (`require`: the connect bit when only connects count).
 */
export interface Qualifying {
  channels: Uint8Array;
  reject: number;
  require: number;
}

export function qualifying(rule: TouchRule): Qualifying {
  const counted = new Set<string>(rule.channels);
  return {
    channels: Uint8Array.from(ACTIVITY_CHANNELS, (c) => (counted.has(c) ? 1 : 0)),
    reject: NEVER,
    require: rule.connectsOnly ? ActivityFlag.connect : 0,
  };
}

/**
 * The first qualifying activity of record `i` at or after `from` (epoch ms), or NaN. A record's
 * activities are in time order (ActivitySet), so the scan stops at the first one that counts.
 */
export function firstQualifying(acts: ActivitySet, q: Qualifying, i: number, from: number): number {
  const end = acts.start[i + 1]!;
  for (let p = acts.start[i]!; p < end; p++) {
    const t = acts.at[p]!;
    if (t < from) continue;
    const f = acts.flags[p]!;
    if (q.channels[acts.channel[p]!] === 1 && (f & q.reject) === 0 && (f & q.require) === q.require) return t;
  }
  return NaN;
}

/**
 * How many qualifying activities record `i` had in `[from, to]`, stopping at `enough` (a cadence needs
 * only to know whether it reached its number).
 */
export function countQualifying(
  acts: ActivitySet,
  q: Qualifying,
  i: number,
  from: number,
  to: number,
  enough: number,
): { count: number; at: number } {
  const end = acts.start[i + 1]!;
  let count = 0;
  for (let p = acts.start[i]!; p < end; p++) {
    const t = acts.at[p]!;
    if (t < from) continue;
    if (t > to) break;
    const f = acts.flags[p]!;
    if (q.channels[acts.channel[p]!] === 1 && (f & q.reject) === 0 && (f & q.require) === q.require) {
      if (++count >= enough) return { count, at: t };
    }
  }
  return { count, at: NaN };
}
