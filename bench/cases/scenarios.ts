/**
 * Scenario maths, as the Scenarios screen runs it on every edit: one reverse-plan recompute of a
 * 12-month, 7-stage funnel; a 10,000-run Monte Carlo; a ±5-point sensitivity (tornado) on revenue and
 * on required volume. In-process timings over many calls (µs figures are per call).
 */
import { monteCarlo } from '../../src/shared/funnel/monte-carlo';
import { planScenario } from '../../src/shared/funnel/plan';
import { sensitivity } from '../../src/shared/funnel/sensitivity';
import type { Scenario, Stage } from '../../src/shared/workbook/schema';
import { childMain } from '../harness/child';
import { timeRuns, type Spread } from '../harness/stats';
import { benchWorkbook } from './workload';

export interface ScenarioRun {
  stages: number;
  months: number;
  recomputeUs: Spread;
  monteCarloMs: Spread;
  monteCarloRuns: number;
  sensitivityRevenueMs: Spread;
  sensitivityVolumeMs: Spread;
}

/** The B2B template's funnel with SAL inserted after MQL: seven stages, six transitions. */
function sevenStageFunnel(): { stages: Stage[]; scenario: Scenario } {
  const wb = benchWorkbook();
  const at = wb.stages.findIndex((s) => s.kind === 'mql') + 1;
  const sal: Stage = { ...wb.stages[at - 1]!, id: 'sal', kind: 'sal', name: 'SAL' };
  const stages = [...wb.stages.slice(0, at), sal, ...wb.stages.slice(at)];
  const plan = wb.scenarios.items[0]!;
  const transitions = plan.transitions.flatMap((t) =>
    t.fromStageId === 'mql'
      ? [
          { ...t, toStageId: 'sal', rate: 0.8, lagDays: 2, low: 0.7, high: 0.9 },
          { ...t, fromStageId: 'sal', rate: t.rate / 0.8, lagDays: 5, low: 0.25, high: 0.38 },
        ]
      : [t],
  );
  return { stages, scenario: { ...plan, transitions } };
}

childMain(async (): Promise<ScenarioRun> => {
  const { stages, scenario } = sevenStageFunnel();
  const planned = planScenario(stages, scenario);
  if (!planned.ok) throw new Error(`the bench scenario is invalid: ${JSON.stringify(planned.issues)}`);
  const mc = monteCarlo(stages, scenario, 7);
  if (!mc.ok) throw new Error(`Monte Carlo refused the scenario: ${JSON.stringify(mc.issues)}`);
  const recompute = await timeRuns(() => planScenario(stages, scenario), {
    runs: 9,
    warmup: 200,
    inner: 500,
  });
  return {
    stages: stages.length,
    months: planned.plan.months.length,
    recomputeUs: {
      ...recompute,
      median: recompute.median * 1000,
      min: recompute.min * 1000,
      max: recompute.max * 1000,
      samples: recompute.samples.map((s) => s * 1000),
    },
    monteCarloMs: await timeRuns(() => monteCarlo(stages, scenario, 7, 10_000), { runs: 9, warmup: 3 }),
    monteCarloRuns: mc.value.runs,
    sensitivityRevenueMs: await timeRuns(() => sensitivity(stages, scenario, 0.05, 'revenue'), {
      runs: 9,
      warmup: 20,
      inner: 20,
    }),
    sensitivityVolumeMs: await timeRuns(() => sensitivity(stages, scenario, 0.05, 'volume'), {
      runs: 9,
      warmup: 20,
      inner: 20,
    }),
  };
});
