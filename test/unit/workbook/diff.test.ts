import { describe, expect, it } from 'vitest';
import { diffAgreement } from '../../../src/shared/workbook/diff';
import { agreementContent } from '../../../src/shared/workbook/hash';
import { clause, example } from './fixtures';

describe('revision diff', () => {
  it('finds nothing between identical contents', () => {
    expect(diffAgreement(agreementContent(example()), agreementContent(example()))).toEqual([]);
  });

  it('lists each change by section and item, in the editor order', () => {
    const before = example();
    const after = example();
    // A workshop session: a target raised, two stages swapped, a clause disputed and renamed,
    // a persona added, a playbook entry dropped, a RACI cell and the review date changed.
    clause(after, 'clause-mql-volume', 'volume').target = 450;
    const [opp, customer] = [after.stages[4]!, after.stages[5]!];
    after.stages[4] = customer;
    after.stages[5] = opp;
    const velocity = clause(after, 'clause-velocity', 'velocity');
    velocity.title = 'De SQL a oportunidad en 10 días';
    velocity.targetDays = 10;
    velocity.status = 'disputed';
    after.personas.push({
      ...structuredClone(after.personas[0]!),
      id: 'persona-new',
      name: 'Gerente de compras',
    });
    after.playbook.splice(1, 1);
    after.parties.raci[2]!.roles['team-revops'] = 'I';
    after.review.reviewDate = '2026-10-01';

    expect(diffAgreement(agreementContent(before), agreementContent(after))).toEqual([
      {
        kind: 'changed',
        section: 'parties',
        list: 'raci',
        id: 'raci-3',
        label: 'Traspaso a ventas',
        fields: [{ path: 'roles.team-revops', before: 'C', after: 'I' }],
      },
      {
        kind: 'added',
        section: 'personas',
        list: 'personas',
        id: 'persona-new',
        label: 'Gerente de compras',
      },
      {
        kind: 'reordered',
        section: 'stages',
        list: 'stages',
        before: ['Visita', 'Lead', 'MQL', 'SQL', 'Oportunidad', 'Cliente'],
        after: ['Visita', 'Lead', 'MQL', 'SQL', 'Cliente', 'Oportunidad'],
      },
      {
        kind: 'changed',
        section: 'clauses',
        list: 'clauses',
        id: 'clause-mql-volume',
        label: 'Marketing entrega 400 MQL al mes',
        fields: [{ path: 'target', before: 400, after: 450 }],
      },
      {
        kind: 'changed',
        section: 'clauses',
        list: 'clauses',
        id: 'clause-velocity',
        label: 'De SQL a oportunidad en 10 días',
        fields: [
          { path: 'status', before: 'draft', after: 'disputed' },
          { path: 'targetDays', before: 14, after: 10 },
          {
            path: 'title',
            before: 'De SQL a oportunidad en una mediana de 14 días',
            after: 'De SQL a oportunidad en 10 días',
          },
        ],
      },
      {
        kind: 'removed',
        section: 'playbook',
        list: 'playbook',
        id: 'playbook-2',
        label: 'Marketing entrega más MQL de los que ventas puede atender',
      },
      {
        kind: 'fields',
        section: 'review',
        fields: [{ path: 'reviewDate', before: '2026-08-31', after: '2026-10-01' }],
      },
    ]);
  });

  it('a deleted stage is a removal, not a reordering of the others', () => {
    const before = example();
    const after = example();
    after.stages.splice(0, 1);
    expect(diffAgreement(agreementContent(before), agreementContent(after))).toEqual([
      { kind: 'removed', section: 'stages', list: 'stages', id: 'visit', label: 'Visita' },
    ]);
  });

  it('reports field changes of plain sections: meta, scoring threshold, calendar holidays, an optional channel', () => {
    const before = example();
    const after = example();
    after.meta.title = 'SLA 2026';
    after.scoring.threshold = 55;
    after.calendar.holidays = after.calendar.holidays.filter((h) => h !== '2026-12-24');
    after.calendar.start = '08:30';
    delete clause(after, 'clause-event-volume', 'volume').channel;
    const changes = diffAgreement(agreementContent(before), agreementContent(after));
    expect(changes.map((c) => [c.kind, c.section])).toEqual([
      ['fields', 'meta'],
      ['fields', 'scoring'],
      ['changed', 'clauses'],
      ['fields', 'calendar'],
    ]);
    expect(changes[3]).toEqual({
      kind: 'fields',
      section: 'calendar',
      fields: [{ path: 'start', before: '09:00', after: '08:30' }],
    });
    expect(changes[2]).toMatchObject({
      fields: [{ path: 'channel', before: 'Eventos y webinars', after: undefined }],
    });
  });
});
