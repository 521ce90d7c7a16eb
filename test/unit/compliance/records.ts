import {
  MISSING_CODE,
  type RecordSet,
  type RecordSource,
  type TextColumn,
} from '../../../src/shared/records/record-set';

/** A record as a test writes it: ISO instants, stage entries keyed by stage id. */
export interface Row {
  id: string;
  stages?: Record<string, string>;
  firstTouch?: string;
  rejectedAt?: string;
  rejectReason?: string;
  recycledAt?: string;
  owner?: string;
  channel?: string;
  score?: number;
}

const time = (iso: string | undefined): number => (iso === undefined ? NaN : Date.parse(iso));

function textColumn(values: (string | undefined)[]): TextColumn {
  const dict: string[] = [];
  const index = new Map<string, number>();
  const codes = new Uint32Array(values.length);
  values.forEach((v, i) => {
    if (v === undefined || v === '') {
      codes[i] = MISSING_CODE;
      return;
    }
    let c = index.get(v);
    if (c === undefined) {
      c = dict.length;
      dict.push(v);
      index.set(v, c);
    }
    codes[i] = c;
  });
  return { codes, values: dict };
}

/**
 * Builds the columnar RecordSet the importer would produce. `stageColumns` lists the stages that have
 * a mapped column (a stage not listed is absent, as when the export has no such column). `asOf` is
 * the given export instant; `asOf: null` leaves it to the data, as an import without one does.
 * `sources` says which file each field came from (default: one unnamed file).
 */
export function recordSet(
  rows: Row[],
  opts: {
    asOf: string | null;
    stageColumns: string[];
    columns?: ('firstTouch' | 'rejectedAt' | 'recycledAt' | 'owner' | 'channel' | 'rejectReason' | 'score')[];
    sources?: RecordSource[];
    timeZone?: string;
  },
): RecordSet {
  const has = new Set(opts.columns ?? ['firstTouch', 'owner', 'channel']);
  const times = (pick: (r: Row) => string | undefined) => Float64Array.from(rows, (r) => time(pick(r)));
  return {
    size: rows.length,
    ids: rows.map((r) => r.id),
    stageEntered: Object.fromEntries(opts.stageColumns.map((s) => [s, times((r) => r.stages?.[s])])),
    ...(has.has('firstTouch') ? { firstTouch: times((r) => r.firstTouch) } : {}),
    ...(has.has('rejectedAt') ? { rejectedAt: times((r) => r.rejectedAt) } : {}),
    ...(has.has('recycledAt') ? { recycledAt: times((r) => r.recycledAt) } : {}),
    ...(has.has('rejectReason') ? { rejectReason: textColumn(rows.map((r) => r.rejectReason)) } : {}),
    ...(has.has('score') ? { score: Float64Array.from(rows, (r) => r.score ?? NaN) } : {}),
    ...(has.has('owner') ? { owner: textColumn(rows.map((r) => r.owner)) } : {}),
    ...(has.has('channel') ? { channel: textColumn(rows.map((r) => r.channel)) } : {}),
    // Without a given instant the importer sets the latest timestamp; the engine derives its own.
    asOf: opts.asOf === null ? NaN : Date.parse(opts.asOf),
    asOfGiven: opts.asOf !== null,
    ...(opts.sources ? { sources: opts.sources } : {}),
    ...(opts.timeZone ? { timeZone: opts.timeZone } : {}),
  };
}
