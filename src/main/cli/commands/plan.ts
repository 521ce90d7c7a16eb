import { basename, resolve } from 'node:path';
import type { CliCommand, CliContext } from '../types';
import { nodeFiles } from '../../adapters/node-files';
import { readWorkbookFile } from '../../services/workbook-files';
import { AppFailure } from '../../../shared/errors/result';
import { errorMessage } from '../../../shared/i18n';
import { planScenario } from '../../../shared/funnel/plan';
import type { ValidationIssue } from '../../../shared/funnel/validate';
import type { Scenario, Workbook } from '../../../shared/workbook/schema';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Exact name first, then ignoring case, so `--scenario base` finds "Base". */
function findScenario(doc: Workbook, name: string | undefined): Scenario | undefined {
  const items = doc.scenarios.items;
  if (name === undefined) return items.find((s) => s.id === doc.scenarios.planOfRecordId) ?? items[0];
  return items.find((s) => s.name === name) ?? items.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

/** The JSON document `pacto plan --json` prints (documented in the README). */
export function planJson(doc: Workbook, scenario: Scenario, t: CliContext['t']) {
  const outcome = planScenario(doc.stages, scenario);
  const s = outcome.scenario;
  const stageName = (id: string) => doc.stages.find((st) => st.id === id)?.name ?? id;
  const message = (i: ValidationIssue) => t(`issues.${i.code}`, { ns: 'scenarios', ...(i.params ?? {}) });
  const inputs = {
    id: s.id,
    name: s.name,
    planOfRecord: s.id === doc.scenarios.planOfRecordId,
    currency: doc.meta.currency,
    goal: s.goal,
    avgDealSize: s.avgDealSize,
    fiscalYear: s.fiscalYear,
    fiscalYearStartMonth: s.fiscalYearStartMonth,
    seasonality: s.seasonality,
    transitions: s.transitions.map((tr) => ({
      from: tr.fromStageId,
      to: tr.toStageId,
      rate: tr.rate,
      lagDays: tr.lagDays,
      low: tr.low ?? null,
      high: tr.high ?? null,
    })),
    capacity: s.capacity,
    topOfFunnel: s.topOfFunnel,
  };
  if (!outcome.ok)
    return { ok: false as const, inputs, issues: outcome.issues.map((i) => ({ ...i, message: message(i) })) };
  const p = outcome.plan;
  return {
    ok: true as const,
    inputs,
    plan: {
      stages: doc.stages.map((st, k) => ({ id: st.id, name: st.name, shiftMonths: p.stages[k]!.shift })),
      customers: p.customers,
      revenue: p.revenue,
      months: p.months.map((m, i) => ({
        month: `${m.year}-${pad2(m.month)}`,
        fiscalMonth: m.index,
        volumes: Object.fromEntries(p.stages.map((st) => [st.stageId, st.volumes[i]!])),
        revenue: p.monthlyRevenue[i]!,
        capacityUtilisation: p.capacity?.months[i]?.utilisation ?? null,
      })),
      totals: Object.fromEntries(p.stages.map((st) => [st.stageId, st.total])),
      priorYear: Object.fromEntries(p.stages.map((st) => [st.stageId, st.priorYear])),
      capacity: p.capacity
        ? {
            stageId: p.capacity.stageId,
            stageName: stageName(p.capacity.stageId),
            perMonth: p.capacity.perMonth,
            peakUtilisation: p.capacity.peakUtilisation,
          }
        : null,
      warnings: p.warnings.map((w) => ({ ...w, message: message(w) })),
    },
  };
}

export const planCommand: CliCommand = {
  name: 'plan',
  summary: 'Print a scenario’s inputs and its month-by-month funnel plan',
  usage: 'pacto plan --workbook <file.pacto> [--scenario <name>] --json',
  options: { workbook: { type: 'string' }, scenario: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, { io, t }) {
    const sc = (key: string, params?: Record<string, string>) => t(key, { ns: 'scenarios', ...params });
    if (typeof values.workbook !== 'string') {
      io.stderr(`pacto plan: ${sc('cli.workbookRequired')}\n${sc('cli.help')}\n`);
      return 2;
    }
    if (values.json !== true) {
      io.stderr(`pacto plan: ${sc('cli.jsonRequired')}\n${sc('cli.help')}\n`);
      return 2;
    }
    const path = resolve(io.cwd, values.workbook);
    const file = basename(path);
    let doc: Workbook;
    try {
      ({ doc } = await readWorkbookFile(nodeFiles, path));
    } catch (e) {
      if (!(e instanceof AppFailure)) throw e;
      io.stderr(`pacto plan: ${errorMessage(t, e.toError())}\n`);
      return 1;
    }
    const wanted = typeof values.scenario === 'string' ? values.scenario : undefined;
    const scenario = findScenario(doc, wanted);
    if (!scenario) {
      const names = doc.scenarios.items.map((s) => `“${s.name}”`).join(', ');
      io.stderr(
        `pacto plan: ${doc.scenarios.items.length === 0 ? sc('cli.noScenarios', { file }) : sc('cli.notFound', { file, name: wanted ?? '', names })}\n`,
      );
      return 1;
    }
    const out = planJson(doc, scenario, t);
    if (!out.ok) {
      const lines = out.issues.map((i) => `  ${i.field}: ${i.message}`).join('\n');
      io.stderr(`pacto plan: ${sc('cli.invalid', { name: scenario.name })}\n${lines}\n`);
      return 1;
    }
    io.stdout(JSON.stringify({ workbook: file, scenario: out.inputs, plan: out.plan }, null, 2) + '\n');
    return 0;
  },
};
