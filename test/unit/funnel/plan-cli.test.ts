import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/main/cli/index';
import type { CliIo } from '../../../src/main/cli/types';
import { b2bWorkbook } from '../../../src/shared/workbook/templates/b2b';
import { serializeWorkbook } from '../../../src/shared/workbook/document';
import type { Workbook } from '../../../src/shared/workbook/schema';
import { baseScenario } from './fixtures';

const dir = mkdtempSync(join(tmpdir(), 'pacto-plan-'));

function workbookFile(doc: Workbook): string {
  const path = join(dir, `${doc.id}.pacto`);
  writeFileSync(path, serializeWorkbook(doc));
  return path;
}

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    cwd: dir,
    env: { LANG: 'en_US.UTF-8' },
  };
  const code = await main(['plan', ...args], io);
  return { code, stdout, stderr };
}

// The B2B template's plan of record, in 2026: goal 1.2M / 12,000 = 100 customers; weights
// 7, 8, 9, 9, 9, 7, 5, 4, 9, 10, 11, 12 (% → customers per month, as they sum to 100); rates 2.5 %, 20 %,
// 25 %, 35 %, 25 %; lags 0, 14, 7, 10, 45 days → shifts: opportunity 45 d → 1 month, SQL 55 d → 2,
// MQL 62 d → 2, lead and visit 76 d → 2.5 → 2.
const template = b2bWorkbook('en', new Date('2026-03-01T12:00:00Z'));

describe('pacto plan --json', () => {
  it('prints the plan of record month by month, from the previous November', async () => {
    const { code, stdout, stderr } = await run(['--workbook', workbookFile(template), '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.scenario.name).toBe('Plan of record');
    expect(out.scenario.planOfRecord).toBe(true);
    expect(out.scenario.goal).toBe(1_200_000);
    expect(out.plan.customers).toBe(100);
    expect(out.plan.months.map((m: { month: string }) => m.month)).toEqual([
      '2025-11',
      '2025-12',
      ...Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    ]);
    // November: January's 7 customers → 28 opp → SQL ⌈80⌉ → MQL 320 → lead 1,600 → visits 64,000.
    expect(out.plan.months[0].volumes).toEqual({
      visit: 64_000,
      lead: 1_600,
      mql: 320,
      sql: 80,
      opportunity: 0,
      customer: 0,
    });
    // December: January's 28 opportunities, plus February's 8 customers → 32 opp → SQL ⌈91.4⌉ = 92 → 368 → 1,840 → 73,600.
    expect(out.plan.months[1].volumes).toEqual({
      visit: 73_600,
      lead: 1_840,
      mql: 368,
      sql: 92,
      opportunity: 28,
      customer: 0,
    });
    expect(out.plan.months[2].volumes.customer).toBe(7);
    expect(out.plan.months[2].revenue).toBe(84_000);
    expect(out.plan.totals.customer).toBe(100);
    expect(out.plan.priorYear.sql).toBe(80 + 92);
    expect(out.plan.capacity).toMatchObject({ stageId: 'mql', perMonth: 5 * 115 });
  });

  it('picks a scenario by name, ignoring case', async () => {
    const doc = {
      ...template,
      scenarios: {
        ...template.scenarios,
        items: [...template.scenarios.items, baseScenario({ name: 'Ambitious' })],
      },
    };
    const { code, stdout } = await run([
      '--workbook',
      workbookFile(doc),
      '--scenario',
      'ambitious',
      '--json',
    ]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.scenario.planOfRecord).toBe(false);
    expect(out.plan.totals).toEqual({
      visit: 280_800,
      lead: 5_616,
      mql: 2_244,
      sql: 672,
      opportunity: 336,
      customer: 84,
    });
  });

  it('fails on stderr, with nothing on stdout, for an unknown scenario or an impossible plan', async () => {
    const missing = await run(['--workbook', workbookFile(template), '--scenario', 'Nope', '--json']);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('no scenario named “Nope”. Scenarios: “Plan of record”');

    const zero = structuredClone(template);
    zero.scenarios.items[0]!.transitions[2]!.rate = 0;
    zero.scenarios.items[0]!.goal = null;
    const bad = await run(['--workbook', workbookFile(zero), '--json']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('goal: Enter the annual revenue goal.');
    expect(bad.stderr).toContain('transitions.2.rate: A 0 % rate from MQL to SQL');
  });

  it('refuses to run without --workbook, and reports an unreadable file', async () => {
    expect((await run(['--json'])).code).toBe(2);
    const gone = await run(['--workbook', 'missing.pacto', '--json']);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain('missing.pacto');
  });
});

describe('pacto plan as a table (the default)', () => {
  // The same plan as above, read by a person: months down, stages across, the year and the part of it
  // needed in the previous fiscal year, capacity. MQL capacity 5 reps × 115 = 575: November needs
  // 320 MQLs (56 %), December 368 (64 %).
  it('prints the months × stages table, the year, the previous fiscal year and capacity', async () => {
    const file = workbookFile(template);
    const { code, stdout, stderr } = await run(['-w', file]);
    expect([code, stderr]).toEqual([0, '']);
    const lines = stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      `Plan of record — ${template.id}.pacto`,
      'Fiscal year 2026, from 2026-01',
      'Customers needed: 100 · Planned revenue: $1,200,000',
    ]);
    expect(stdout).toMatch(/^Month +Visit +Lead +MQL +SQL +Opportunity +Customer +Revenue +Capacity$/m);
    expect(stdout).toMatch(/^2025-11 +64,000 +1,600 +320 +80 +0 +0 +\$0 +56%$/m);
    expect(stdout).toMatch(/^2025-12 +73,600 +1,840 +368 +92 +28 +0 +\$0 +64%$/m);
    expect(stdout).toMatch(/^2026-01 +[\d,]+ +[\d,]+ +[\d,]+ +[\d,]+ +[\d,]+ +7 +\$84,000 +\d+%$/m);
    // 14 months (November to December) between the header and the totals.
    expect(lines.filter((l) => /^\d{4}-\d{2} /.test(l))).toHaveLength(14);
    expect(stdout).toMatch(/^Year +[\d,]+ +[\d,]+ +[\d,]+ +[\d,]+ +[\d,]+ +100 +\$1,200,000$/m);
    // November and December: 64,000 + 73,600 visits … 80 + 92 SQLs, 28 opportunities.
    expect(stdout).toMatch(/^Previous fiscal year +137,600 +3,440 +688 +172 +28 +0$/m);
    expect(stdout).toMatch(/^Capacity: 5 reps × 115 = 575 MQL a month; peak capacity utilisation: \d+%$/m);
    expect(stdout).not.toContain('Warnings');
  });

  it('lists the warnings: with 4 reps (460 MQLs a month) September (504) and October (552) are over', async () => {
    const doc = structuredClone(template);
    doc.scenarios.items[0]!.capacity.reps = 4;
    const { code, stdout } = await run(['-w', workbookFile(doc)]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^2026-09 +[\d,]+ +[\d,]+ +504 .* 110%$/m);
    expect(stdout).toMatch(/^2026-10 +[\d,]+ +[\d,]+ +552 .* 120%$/m);
    expect(stdout).toContain('Capacity: 4 reps × 115 = 460 MQL a month; peak capacity utilisation: 120%');
    expect(
      stdout.endsWith('Warnings:\n  ! Hand-overs exceed sales capacity in 2 months (peak 120 %).\n'),
    ).toBe(true);
  });

  it('speaks Spanish: Spanish words and number formats, the scenario’s own name', async () => {
    const doc = b2bWorkbook('es', new Date('2026-03-01T12:00:00Z'));
    const { code, stdout } = await run(['-w', workbookFile(doc), '--lang', 'es']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^.+ \(plan oficial\) — .+\.pacto$/);
    expect(stdout).toContain('Año fiscal 2026, desde 2026-01');
    expect(stdout).toMatch(/^Clientes necesarios: 100 · Ingresos previstos: 1\.200\.000\s€$/m);
    // Thousands always grouped (1.600 above 64.000, not Spanish CLDR's 1600); € and % follow a no-break space.
    expect(stdout).toMatch(/^2025-11 +64\.000 +1\.600 +320 +80 +0 +0 +0\s€ +56\s%$/m);
  });
});

describe('warning messages', () => {
  it('are pluralised in both languages', async () => {
    const { createI18n } = await import('../../../src/shared/i18n');
    const en = createI18n('en').t;
    const es = createI18n('es').t;
    expect(en('issues.capacity.over', { ns: 'scenarios', count: 1, peak: 103 })).toBe(
      'Hand-overs exceed sales capacity in 1 month (peak 103 %).',
    );
    expect(es('issues.capacity.over', { ns: 'scenarios', count: 3, peak: 125 })).toBe(
      'Las entregas superan la capacidad comercial en 3 meses (máximo 125 %).',
    );
  });
});
