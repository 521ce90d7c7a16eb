/** A figure's spread over several runs: the median is what the table reports, min–max beside it. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  samples: number[];
}

export function spreadOf(samples: readonly number[]): Spread {
  if (samples.length === 0 || samples.some((s) => !Number.isFinite(s)))
    throw new Error(`bad samples: ${samples}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, samples: [...samples] };
}

/**
 * Times `fn` (ms): `warmup` untimed calls so the JIT has settled, then `runs` timed ones, each after a
 * GC when --expose-gc is on so one run's garbage is not collected on the next one's clock.
 */
export async function timeRuns(
  fn: () => unknown,
  opts: { runs: number; warmup?: number; inner?: number },
): Promise<Spread> {
  const inner = opts.inner ?? 1;
  for (let i = 0; i < (opts.warmup ?? 1); i++) await fn();
  const samples: number[] = [];
  for (let r = 0; r < opts.runs; r++) {
    globalThis.gc?.();
    const t0 = performance.now();
    for (let i = 0; i < inner; i++) await fn();
    samples.push((performance.now() - t0) / inner);
  }
  return spreadOf(samples);
}
