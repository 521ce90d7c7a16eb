import { basename, resolve } from 'node:path';
import type { CliCommand, CliContext } from '../types';
import { nodeFiles } from '../../adapters/node-files';
import { readWorkbookFile } from '../../services/workbook-files';
import { str } from '../args';
import { planText } from '../plan-text';
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
  options: {
    workbook: { type: 'string', short: 'w', arg: 'workbook' },
    scenario: { type: 'string', short: 'n', arg: 'name' },
    json: { type: 'boolean' },
  },
  async run(values, { io, t, lang, usage, fail }) {
    const sc = (key: string, params?: Record<string, string>) => t(key, { ns: 'scenarios', ...params });
    const workbookArg = str(values.workbook);
    if (!workbookArg) return usage(t('cli:errors.missing', { option: '-w, --workbook' }));
    const path = resolve(io.cwd, workbookArg);
    const file = basename(path);
    const { doc } = await readWorkbookFile(nodeFiles, path);
    const wanted = str(values.scenario);
    const scenario = findScenario(doc, wanted);
    if (!scenario) {
      const names = doc.scenarios.items.map((s) => `“${s.name}”`).join(', ');
      return fail(
        doc.scenarios.items.length === 0
          ? sc('cli.noScenarios', { file })
          : sc('cli.notFound', { file, name: wanted ?? '', names }),
      );
    }
    const out = planJson(doc, scenario, t);
    if (!out.ok) {
      const lines = out.issues.map((i) => `  ${i.field}: ${i.message}`).join('\n');
      return fail(`${sc('cli.invalid', { name: scenario.name })}\n${lines}`);
    }
    if (values.json) {
      io.stdout(JSON.stringify({ workbook: file, scenario: out.inputs, plan: out.plan }, null, 2) + '\n');
    } else {
      io.stdout(planText(doc, file, out, t, lang) + '\n');
    }
    return 0;
  },
};
