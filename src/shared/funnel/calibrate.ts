import type { Scenario, Snapshot, Stage } from '../workbook/schema';
import { scenarioForStages } from './align';

/** A conversion measured from CRM data by the compliance engine. */
export interface MeasuredRate {
  from: string;
  to: string;
  rate: number;
  /** Median days from entering `from` to entering `to`; null when too few records reached `to`. */
  medianDays: number | null;
}

/**
 * The rates measured by the latest import (the compliance engine's `conversion` list in its snapshot);
 * empty before any import. Conversions with no rate (nobody entered the stage) are left out.
 */
export function measuredRates(snapshots: readonly Snapshot[]): MeasuredRate[] {
  const latest = snapshots.reduce<Snapshot | null>(
    (a, s) => (a === null || s.importedAt > a.importedAt ? s : a),
    null,
  );
  return (latest?.result.conversion ?? []).flatMap((c) =>
    c.rate === null ? [] : [{ from: c.from, to: c.to, rate: c.rate, medianDays: c.medianDays }],
  );
}

export interface Calibration {
  scenario: Scenario;
  /** Transition indices whose rate (and lag, when measured) came from the data. */
  applied: number[];
  /** Measurements that are not between consecutive stages, or not a usable number. */
  skipped: MeasuredRate[];
}

export type CalibrationOutcome = { ok: true; value: Calibration } | { ok: false; code: 'calibrate.noData' };

/**
 * "New scenario from measured rates": a copy of `base` (goal, deal size, seasonality, capacity kept)
 * whose rates and lags are the measured ones wherever a measurement covers a consecutive stage pair.
 */
export function calibrateScenario(
  stages: readonly Stage[],
  base: Scenario,
  measured: readonly MeasuredRate[],
  ids: { id: string; name: string },
): CalibrationOutcome {
  if (measured.length === 0) return { ok: false, code: 'calibrate.noData' };
  const aligned = scenarioForStages(stages, base);
  const applied: number[] = [];
  const skipped: MeasuredRate[] = [];
  const transitions = aligned.transitions.map((t) => ({ ...t }));
  for (const m of measured) {
    const i = transitions.findIndex((t) => t.fromStageId === m.from && t.toStageId === m.to);
    const t = transitions[i];
    if (!t || !Number.isFinite(m.rate) || m.rate < 0 || m.rate > 1) {
      skipped.push(m);
      continue;
    }
    t.rate = m.rate;
    if (m.medianDays !== null && Number.isFinite(m.medianDays) && m.medianDays >= 0) t.lagDays = m.medianDays;
    // The old range was around the old likely value; it no longer brackets the measured one.
    delete t.low;
    delete t.high;
    if (!applied.includes(i)) applied.push(i);
  }
  return {
    ok: true,
    value: {
      scenario: { ...aligned, id: ids.id, name: ids.name, transitions },
      applied: applied.sort((a, b) => a - b),
      skipped,
    },
  };
}
