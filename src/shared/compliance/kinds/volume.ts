import type { Clause } from '../../workbook/schema';
import { OK, type ClauseKind, type Rows } from '../kind';

type VolumeClause = Extract<Clause, { type: 'volume' }>;

interface Args {
  /** Per record, the channel's dictionary code; with `matches`, 1 per code that the filter keeps. */
  codes: Uint32Array | null;
  matches: Uint8Array | null;
}

/** Records entering a stage per period, optionally of one channel. */
export const volume: ClauseKind<VolumeClause, Args> = {
  type: 'volume',
  aggregation: 'count',
  unit: 'count',
  target: (c) => c.target,
  limit: (c) => c.target,
  prepare(ctx, c) {
    const anchor = ctx.entered(c.stageId);
    if (!anchor) return { reason: 'noStageColumn' };
    const fields = [`stage:${c.stageId}` as const];
    const wanted = c.channel?.trim();
    if (!wanted)
      return { anchor, anchorFields: fields, followFields: [], args: { codes: null, matches: null } };
    const channel = ctx.records.channel;
    if (!channel) return { reason: 'noChannelColumn' };
    const filter = ctx.valueFilter(channel, wanted);
    if ('reason' in filter) return filter;
    return {
      anchor,
      anchorFields: fields,
      followFields: [],
      args: { codes: channel.codes, matches: filter.matches },
    };
  },
  kernel(r: Rows, a: Args): void {
    const { rows, months, month, outcome } = r;
    const { codes, matches } = a;
    if (!codes || !matches) {
      month.set(months);
      outcome.fill(OK);
      return;
    }
    for (let k = 0; k < rows.length; k++) {
      // A missing channel (MISSING_CODE) is out of range: undefined, no match.
      if (matches[codes[rows[k]!]!] !== 1) continue;
      month[k] = months[k]!;
      outcome[k] = OK;
    }
  },
};
