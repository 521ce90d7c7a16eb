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

  it('refuses to run without --json or --workbook, and reports an unreadable file', async () => {
    expect((await run(['--workbook', 'x.pacto'])).code).toBe(2);
    expect((await run(['--json'])).code).toBe(2);
    const gone = await run(['--workbook', 'missing.pacto', '--json']);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain('missing.pacto');
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
