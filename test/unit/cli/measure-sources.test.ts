/**
 * `pacto measure` with issue 13's sources: a current-stage column read through `--stage-value`
 * answers (kept by `--save`, as the wizard keeps them), and the README naming every option of every
 * command and every field of an activity file's report.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commands } from '../../../src/main/cli/index';
import { serializeWorkbook } from '../../../src/shared/workbook/document';
import { createFromTemplate } from '../../../src/shared/workbook/templates';
import { pacto } from './run';

const STAGES = new URL('../../fixtures/stages/', import.meta.url).pathname;
const ACT = new URL('../../fixtures/activities/', import.meta.url).pathname;
const artifacts = new URL('../../artifacts/cli-sources/', import.meta.url).pathname;

function workbook(name: string): string {
  mkdirSync(artifacts, { recursive: true });
  const path = artifacts + name;
  writeFileSync(path, serializeWorkbook(createFromTemplate('b2b', 'en', new Date('2026-01-15T09:00:00Z'))));
  return path;
}

type StageReport = {
  byStage: Record<string, number>;
  unknown: { value: string; count: number }[];
  filled: number;
  undated: number;
};

async function stageValues(args: string[]): Promise<StageReport> {
  const r = await pacto(['measure', '-s', 'salesforce-leads-status.csv', '--json', ...args], { cwd: STAGES });
  expect(r.code).toBe(0); // stderr: the report footer set aside
  return JSON.parse(r.out).import.stageValues as StageReport;
}

describe('pacto measure --stage-value', () => {
  it("reads an org's own statuses as the stages named on the command line, and --save keeps the answers", async () => {
    const wb = workbook('stage-values.pacto');
    // Salesforce statuses of the org's own: none is a stage name or a built-in value.
    expect(await stageValues(['-w', wb])).toMatchObject({
      byStage: {},
      unknown: [
        { value: 'Working - Contacted', count: 2 },
        { value: 'Open - Not Contacted', count: 1 },
        { value: 'Qualified', count: 1 },
        { value: 'Unqualified', count: 1 },
      ],
    });
    // A stage by its name (any case) or its id. Four leads read, three dated by "Last Status Change";
    // the last "Working - Contacted" has no change date. "Unqualified" stays unknown.
    const answers = ['Open - Not Contacted=MQL', 'Working - Contacted=mql', 'Qualified=sql'];
    const args = answers.flatMap((a) => ['--stage-value', a]);
    expect(await stageValues(['-w', wb, ...args])).toEqual({
      file: 'salesforce-leads-status.csv',
      column: 'Status',
      byStage: { mql: 3, sql: 1 },
      unknown: [{ value: 'Unqualified', count: 1 }],
      filled: 3,
      undated: 1,
      movedBackwards: { count: 0, examples: [] },
      // A status column and no date per stage: a lead that moved back cannot be seen.
      backwards: 'unseen',
      unseenFrom: ['sql', 'opportunity', 'customer'],
    });
    // Without --save the workbook is untouched; with it, the answers are the stages' CRM values.
    expect(await stageValues(['-w', wb])).toMatchObject({ byStage: {} });
    const saved = await pacto(['measure', '-w', wb, '-s', 'salesforce-leads-status.csv', '--save', ...args], {
      cwd: STAGES,
    });
    expect(saved.code).toBe(0);
    const doc = JSON.parse(readFileSync(wb, 'utf8')) as { stages: { id: string; crmValues?: string[] }[] };
    expect(doc.stages.find((s) => s.id === 'mql')!.crmValues).toEqual([
      'Open - Not Contacted',
      'Working - Contacted',
    ]);
    expect(await stageValues(['-w', wb])).toMatchObject({ byStage: { mql: 3, sql: 1 } });
  });

  it('warns on stderr of who moved backwards; which moves back the export cannot show is said with what the files cover (es/en)', async () => {
    const wb = workbook('stage-backwards.pacto');
    const en = await pacto(['measure', '-w', wb, '-s', 'hubspot-lifecycle.csv'], { cwd: STAGES });
    expect(en.code).toBe(0);
    expect(en.err.split('\n')).toContain(
      'Warning: 1 record moved backwards: its current stage comes before a stage it has a date for. Those dates are kept; first: 201000000002: “Lead”, dated later: MQL, SQL',
    );
    // A property of the export, not a problem of this run: in the summary, not a warning.
    expect(en.err).not.toContain('cannot be seen');
    const covered = en.out.slice(en.out.indexOf('What the files cover:'));
    expect(covered).toContain(
      '  A move back from Opportunity cannot be seen: this export has no date for that stage, so such a record counts only at its current stage.',
    );
    const es = await pacto(
      ['measure', '-w', wb, '-s', 'salesforce-leads-status.csv', '--stage-value', 'Qualified=sql'],
      { cwd: STAGES, env: { LANG: 'es_ES.UTF-8' } },
    );
    expect(es.err).not.toContain('no se puede ver');
    expect(es.out).toContain(
      '  Esta exportación tiene la etapa actual de cada registro pero ninguna fecha de las etapas posteriores: un registro que retrocedió no se puede ver en ella y cuenta solo en su etapa actual.',
    );
  });

  it('refuses an answer without a stage, or naming no stage of the workbook, as bad usage', async () => {
    const wb = workbook('stage-values-bad.pacto');
    const run = (value: string) =>
      pacto(['measure', '-w', wb, '-s', 'salesforce-leads-status.csv', '--stage-value', value], {
        cwd: STAGES,
      });
    expect(await run('Qualified')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--stage-value “Qualified” needs the form <CRM value>=<stage>.'),
    });
    expect(await run('Qualified=Won')).toMatchObject({
      code: 2,
      err: expect.stringContaining(
        'No stage “Won” in the workbook. Stages: Visit, Lead, MQL, SQL, Opportunity, Customer.',
      ),
    });
  });
});

describe('README: the pacto command line', () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = (name: string): string => {
    const from = readme.indexOf(`### \`pacto ${name}\``);
    const to = readme.indexOf('\n### ', from + 1);
    return readme.slice(from, to < 0 ? undefined : to);
  };

  it('names every option of every command, with its short form', () => {
    const missing = commands.flatMap((c) => {
      const text = section(c.name);
      return Object.entries(c.options).flatMap(([long, o]) => {
        const wanted = o.short ? `-${o.short}, --${long}` : `--${long}`;
        return text.includes(wanted) ? [] : [`${c.name} ${wanted}`];
      });
    });
    expect(missing).toEqual([]);
  });

  it("names every field of an activity file's report in --json", async () => {
    const wb = workbook('activities-readme.pacto');
    const r = await pacto(
      ['measure', '-w', wb, '-s', 'hubspot-contacts.csv', '--activities', 'hubspot-calls.csv', '--json'],
      {
        cwd: ACT,
      },
    );
    expect(r.code).toBe(0);
    const [report] = JSON.parse(r.out).import.activities as Record<string, unknown>[];
    const row = section('measure')
      .split('\n')
      .find((l) => l.startsWith('| `import` |'))!;
    const documented = /`activities\?` per activity file `\{([^}]*)\}`/.exec(row)?.[1] ?? '';
    const named = documented.split(',').map((k) => k.trim());
    expect(Object.keys(report!).filter((k) => !named.includes(k))).toEqual([]);
  });
});
