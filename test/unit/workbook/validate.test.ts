import { describe, expect, it } from 'vitest';
import { validateWorkbook } from '../../../src/shared/workbook/validate';
import { createFromTemplate } from '../../../src/shared/workbook/templates';
import { parseWorkbook, serializeWorkbook } from '../../../src/shared/workbook/document';
import { clause, example, NOW } from './fixtures';

const codes = (doc: ReturnType<typeof example>) =>
  validateWorkbook(doc).map((i) => `${i.code}@${i.itemId ?? i.section}:${i.field ?? ''}`);

describe('validation', () => {
  it('finds nothing wrong in either example', () => {
    expect(validateWorkbook(example('es'))).toEqual([]);
    expect(validateWorkbook(example('en'))).toEqual([]);
  });

  it('a blank workbook lists what is missing, as errors and warnings', () => {
    const issues = validateWorkbook(createFromTemplate('blank', 'es', NOW));
    expect(issues.map((i) => `${i.severity}:${i.code}`).sort()).toEqual(
      [
        'error:titleMissing',
        'warning:fewTeams',
        'warning:noCriteria',
        'warning:noMeetings',
        'warning:reviewDateMissing',
        // Six default stages with no definition and no owner.
        ...Array(6).fill('warning:stageDefinitionMissing'),
        ...Array(6).fill('warning:ownerMissing'),
      ].sort(),
    );
  });

  it('flags every clause that measures a deleted stage, naming the field', () => {
    const doc = example();
    doc.stages = doc.stages.filter((s) => s.id !== 'sql');
    // SQL is measured by acceptance and acceptance rate (accept stage), MQL→SQL (to), recycling (stage)
    // and velocity (from).
    expect(codes(doc).filter((c) => c.startsWith('deletedStage'))).toEqual([
      'deletedStage@clause-acceptance:acceptStageId',
      'deletedStage@clause-acceptance-rate:acceptStageId',
      'deletedStage@clause-mql-to-sql:toStageId',
      'deletedStage@clause-recycling:stageId',
      'deletedStage@clause-velocity:fromStageId',
    ]);
    expect(validateWorkbook(doc).find((i) => i.itemId === 'clause-recycling')?.params).toEqual({
      item: 'Devolver a marketing los SQL parados 30 días',
    });
  });

  it('flags targets out of range and stages measured backwards', () => {
    const doc = example();
    clause(doc, 'clause-mql-volume', 'volume').target = 0;
    clause(doc, 'clause-first-touch', 'responseTime').limitHours = 1000;
    clause(doc, 'clause-recycling', 'recycling').targetShare = 0;
    clause(doc, 'clause-velocity', 'velocity').toStageId = 'lead';
    expect(codes(doc)).toEqual([
      // The titles still quote 400 MQLs and 4 hours.
      'clauseTitleStale@clause-mql-volume:title',
      'targetOutOfRange@clause-mql-volume:target',
      'clauseTitleStale@clause-first-touch:title',
      'targetOutOfRange@clause-first-touch:limitHours',
      'targetOutOfRange@clause-recycling:targetShare',
      'stageOrder@clause-velocity:toStageId',
    ]);
  });

  it('flags an unreachable MQL threshold: the best lead scores 120', () => {
    const doc = example();
    doc.scoring.threshold = 121;
    expect(validateWorkbook(doc)).toEqual([
      {
        severity: 'error',
        code: 'thresholdUnreachable',
        section: 'scoring',
        field: 'threshold',
        params: { threshold: 121, max: 120 },
      },
    ]);
    doc.scoring.threshold = 120;
    expect(validateWorkbook(doc)).toEqual([]);
  });

  it('flags owners that were deleted: removing sales orphans 3 stages and 3 clauses and empties RACI accountability', () => {
    const doc = example();
    doc.parties.teams = doc.parties.teams.filter((t) => t.id !== 'team-sales');
    const c = codes(doc);
    expect(c.filter((x) => x.startsWith('ownerDeleted'))).toEqual([
      'ownerDeleted@sql:ownerTeamId',
      'ownerDeleted@opportunity:ownerTeamId',
      'ownerDeleted@customer:ownerTeamId',
      'ownerDeleted@clause-recycling:ownerTeamId',
      'ownerDeleted@clause-velocity:ownerTeamId',
      'ownerDeleted@clause-revenue:ownerTeamId',
    ]);
    // Sales was accountable for follow-up and recycling (RACI rows 4 and 5).
    expect(c.filter((x) => x.startsWith('raciAccountable'))).toEqual([
      'raciAccountable@raci-4:',
      'raciAccountable@raci-5:',
    ]);
  });

  it('flags duplicate stage names, a misplaced SAL, a persona marked agreed that a team has not accepted, a bad calendar', () => {
    const doc = example();
    doc.stages[1]!.name = 'mql';
    doc.stages.splice(1, 0, { ...doc.stages[1]!, id: 'sal', kind: 'sal', name: 'SAL' });
    doc.personas[2]!.status = 'agreed';
    doc.calendar.timeZone = 'Europa/Madrid';
    doc.calendar.workingDays = [];
    expect(codes(doc)).toEqual([
      'personaNotAccepted@persona-3:',
      'stageNameDuplicate@lead:name',
      'stageNameDuplicate@mql:name',
      'salOutOfPlace@sal:',
      'timeZoneInvalid@calendar:timeZone',
      'noWorkingDays@calendar:workingDays',
    ]);
    expect(validateWorkbook(doc)[0]?.params).toEqual({
      item: 'Director de sistemas de grupo multinacional',
      teams: 'Ventas',
    });
  });

  it('a SAL between MQL and SQL is fine', () => {
    const doc = example();
    doc.stages.splice(3, 0, { ...doc.stages[3]!, id: 'sal', kind: 'sal', name: 'SAL' });
    expect(validateWorkbook(doc)).toEqual([]);
  });

  it('never blocks saving: a workbook full of issues saves and reopens unchanged', () => {
    const doc = example();
    doc.meta.title = '';
    doc.stages = doc.stages.filter((s) => s.id !== 'mql');
    clause(doc, 'clause-mql-volume', 'volume').target = 0;
    expect(validateWorkbook(doc).length).toBeGreaterThan(5);
    const reopened = parseWorkbook(serializeWorkbook(doc), 'borrador.pacto');
    expect(reopened.ok && reopened.value.doc).toEqual(doc);
  });
});
