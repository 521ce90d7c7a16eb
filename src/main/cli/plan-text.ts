import type { CliContext } from './types';
import type { planJson } from './commands/plan';
import { textTable } from './text-table';
import { formatCurrency, formatNumber, formatPercent } from '../../shared/format';
import type { Workbook } from '../../shared/workbook/schema';

type PlannedScenario = Extract<ReturnType<typeof planJson>, { ok: true }>;

/**
 * `pacto plan` for a person: the headline figures, the months × stages table with revenue and capacity
 * use, the year's totals, capacity and warnings — the JSON document's content, in the app's words.
 */
export function planText(
  doc: Workbook,
  file: string,
  { inputs, plan }: PlannedScenario,
  t: CliContext['t'],
  lang: CliContext['lang'],
): string {
  const r = (key: string, params?: Record<string, string>) => t(`scenarios:results.${key}`, params ?? {});
  const num = (n: number) => formatNumber(n, lang);
  const money = (n: number) => formatCurrency(n, doc.meta.currency, lang);
  const pct = (share: number) => formatPercent(share, lang, 0);
  const capacity = plan.capacity;
  const por = t('scenarios:list.planOfRecord');
  const firstFiscal = plan.months.find((m) => m.fiscalMonth === 1)?.month ?? '';

  const header = [
    r('month'),
    ...plan.stages.map((s) => s.name),
    t('scenarios:compare.rows.revenue'),
    ...(capacity ? [t('scenarios:charts.capacity')] : []),
  ];
  const rows = plan.months.map((m) => [
    m.month,
    ...plan.stages.map((s) => num(m.volumes[s.id] ?? 0)),
    money(m.revenue),
    ...(capacity ? [m.capacityUtilisation === null ? '—' : pct(m.capacityUtilisation)] : []),
  ]);
  const totals = (label: string, of: Record<string, number>, revenue: string) => [
    label,
    ...plan.stages.map((s) => num(of[s.id] ?? 0)),
    revenue,
    ...(capacity ? [''] : []),
  ];
  rows.push(totals(r('total'), plan.totals, money(plan.revenue)));
  if (Object.values(plan.priorYear).some((n) => n > 0))
    rows.push(totals(capitalise(r('previousYear')), plan.priorYear, ''));
  const align = header.map((_, c): 'left' | 'right' => (c === 0 ? 'left' : 'right'));

  const lines = [
    t('cli:plan.heading', {
      scenario: inputs.name,
      // "Plan of record (plan of record)" says it twice.
      por: inputs.planOfRecord && !samePhrase(inputs.name, por) ? ` (${por.toLowerCase()})` : '',
      file,
    }),
    t('cli:plan.fiscalYear', { year: String(inputs.fiscalYear), from: firstFiscal }),
    t('cli:plan.figures', {
      customersLabel: r('customers'),
      customers: num(plan.customers),
      revenueLabel: r('revenue'),
      revenue: money(plan.revenue),
    }),
    '',
    ...textTable(header, rows, align),
    '',
    capacity
      ? t('cli:plan.capacity', {
          reps: num(inputs.capacity.reps),
          perRep: num(inputs.capacity.leadsPerRep),
          perMonth: num(capacity.perMonth),
          stage: capacity.stageName,
          peakLabel: r('peakUtilisation').toLowerCase(),
          peak: pct(capacity.peakUtilisation),
        })
      : t('cli:plan.noCapacity'),
  ];
  if (plan.warnings.length > 0)
    lines.push('', t('cli:plan.warnings'), ...plan.warnings.map((w) => `  ! ${w.message}`));
  return lines.join('\n');
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}]+/gu, '');
const samePhrase = (a: string, b: string) => letters(a) === letters(b);
