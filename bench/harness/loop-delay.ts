import { monitorEventLoopDelay, performance } from 'node:perf_hooks';

/** How late this thread's event loop ran, between start and stop (see startLoopProbe). */
export interface LoopDelay {
  /** The longest late tick of a 5 ms interval (ms): how long the loop could not answer. */
  longestStallMs: number;
  /** When the longest stall ended, in ms since the probe started. */
  longestAtMs: number;
  /** perf_hooks.monitorEventLoopDelay's max and 99th percentile (ms), for comparison. */
  histogramMaxMs: number;
  p99Ms: number;
  /**
   * The most time the loop spent running code (event-loop utilisation's `active`) between two probe
   * ticks (ms): what this thread's own work blocked it for. A stall much longer than this was the
   * thread waiting for a core (a loaded machine), not work to move off it.
   */
  longestBusyMs: number;
}

const PROBE_MS = 5;

/**
 * Watches this thread's event loop — in the app, the main process that answers the window's IPC —
 * with a 5 ms interval probe and monitorEventLoopDelay. `stop` waits one more tick, so a stall at the
 * very end is counted.
 */
export function startLoopProbe(): { stop(): Promise<LoopDelay> } {
  const t0 = performance.now();
  let longest = 0;
  let longestAt = 0;
  let last = t0;
  let busy = 0;
  let elu = performance.eventLoopUtilization();
  const probe = setInterval(() => {
    const now = performance.now();
    if (now - last - PROBE_MS > longest) {
      longest = now - last - PROBE_MS;
      longestAt = now - t0;
    }
    last = now;
    const next = performance.eventLoopUtilization();
    busy = Math.max(busy, next.active - elu.active);
    elu = next;
  }, PROBE_MS);
  const histogram = monitorEventLoopDelay({ resolution: PROBE_MS });
  histogram.enable();
  return {
    async stop() {
      await new Promise((r) => setTimeout(r, PROBE_MS * 2));
      clearInterval(probe);
      histogram.disable();
      return {
        longestStallMs: longest,
        longestAtMs: longestAt,
        histogramMaxMs: histogram.max / 1e6,
        p99Ms: histogram.percentile(99) / 1e6,
        longestBusyMs: busy,
      };
    },
  };
}
