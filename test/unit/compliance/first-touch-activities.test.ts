import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/main/import/import-files';
import { importSources } from '../../../src/main/import/import-sources';
import { sniffFile } from '../../../src/main/import/sources';
import { measure } from '../../../src/shared/compliance/engine';
import { suggestActivityMapping } from '../../../src/shared/import/activities';
import { suggestMapping } from '../../../src/shared/import/presets';
import type { FieldMapping, ImportRequest } from '../../../src/shared/import/types';
import { blankWorkbook, defaultStages } from '../../../src/shared/workbook/blank';
import { DEFAULT_TOUCH_RULE, type Clause, type TouchRule } from '../../../src/shared/workbook/schema';

/*
 * The first touch read from activity exports (test/fixtures/activities): the first activity after the
 * MQL instant that the clause's touch rule counts. Every figure is worked out from the fixture rows
 * in the comments; the limit is 4 calendar hours so the arithmetic stays by hand.
 */
const dir = new URL('../../fixtures/activities/', import.meta.url).pathname;
const STAGES = defaultStages('en');

async function importWith(contacts: string, mapping: FieldMapping, files: string[], timeZone: string) {
  const activities: ImportRequest['activities'] = [];
  for (const file of files) {
    const s = await sniffFile(dir + file);
    if (!s.ok) throw new Error(JSON.stringify(s.error));
    const a = suggestActivityMapping(s.value.dialect.headers, mapping.id);
    activities.push({ path: dir + file, mapping: a.mapping, ...(a.channel ? { channel: a.channel } : {}) });
  }
  const r = await importSources(
    { sources: [{ path: dir + contacts }], mapping, timeZone, activities },
    {},
    (q, o) => importFiles(q, { ...o, now: () => Date.UTC(2026, 5, 1) }),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value.records;
}

function clause(touches: TouchRule): Clause {
  return {
    id: 'resp',
    title: 'First touch within 4 h',
    ownerTeamId: '',
    period: 'month',
    consequence: '',
    status: 'agreed',
    comments: [],
    type: 'responseTime',
    stageId: 'mql',
    limitHours: 4,
    hours: 'calendar',
    targetShare: 0.5,
    touches,
  };
}

/** March's verdict and each breach's hours, measured on 1 April (every window is long over). */
function march(records: Awaited<ReturnType<typeof importWith>>, touches: TouchRule, zone: string) {
  const wb = {
    ...blankWorkbook('en', new Date('2026-01-01T00:00:00Z'), zone),
    stages: STAGES,
    clauses: [clause(touches)],
  };
  const r = measure(wb, records, { asOf: Date.parse('2026-04-01T12:00:00Z') });
  const c = r.clauses[0]!;
  const p = c.periods.find((x) => x.period === '2026-03')!;
  const late = r.breaches.items
    .filter((b) => b.month === '2026-03')
    .map((b) => [b.recordId, Math.round((b.value ?? NaN) * 100) / 100] as const);
  return {
    status: p.status,
    actual: p.actual,
    count: p.count,
    breaches: p.breaches,
    late,
    sources: c.sources,
  };
}

describe('first touch from activity exports', () => {
  it('HubSpot: sequence emails and inbound activities are no touch; attempts count unless only connects do', async () => {
    const contacts = await sniffFile(dir + 'hubspot-contacts.csv');
    if (!contacts.ok) throw new Error('sniff');
    const m = suggestMapping([contacts.value.dialect.headers], STAGES).mapping;
    const records = await importWith(
      'hubspot-contacts.csv',
      m,
      ['hubspot-calls.csv', 'hubspot-emails.csv'],
      'Europe/Madrid',
    );
    // Wall-clock times in Madrid. Ana, MQL 09:00: sequence email 09:05 (automated), hand-written email
    // 09:30, unanswered call 10:15, connected call 15:40. Bruno, MQL 17:30: his own email 18:00
    // (inbound), voicemail next day 09:05 (15 h 35 min). Celia, MQL 08:45: her inbound call 11:30 and
    // a sequence email 09:00 do not count, a hand-written email at 12:00 does (3 h 15 min). Diego, MQL
    // 11:00: a busy signal at 16:00 (5 h). Elisa, MQL 09:30: a sequence email 09:31, a call that met a
    // gatekeeper at 12:00 (an attempt, 2 h 30 min). Félix never became an MQL.
    // Any attempt by call, email, meeting or social: Ana, Celia and Elisa in time → 3 / 5, met.
    expect(march(records, DEFAULT_TOUCH_RULE, 'Europe/Madrid')).toEqual({
      status: 'met',
      actual: 0.6,
      count: 5,
      breaches: 2,
      late: [
        ['301000000002', 15.58],
        ['301000000004', 5],
      ],
      sources: [0, 1, 2],
    });
    // Only connects: Ana's 15:40 call is 6 h 40 min late; the others were never reached (as of 1 April).
    const connects = march(records, { ...DEFAULT_TOUCH_RULE, connectsOnly: true }, 'Europe/Madrid');
    expect(connects).toMatchObject({ status: 'missed', actual: 0, count: 5, breaches: 5 });
    expect(connects.late[0]).toEqual(['301000000001', 6.67]);
    // Calls only, attempts count: Ana 10:15 (1 h 15 min) and Elisa in time; Celia has no call → 2 / 5.
    expect(march(records, { channels: ['call'], connectsOnly: false }, 'Europe/Madrid')).toMatchObject({
      status: 'missed',
      actual: 0.4,
      breaches: 3,
    });
  });

  it('Salesforce Tasks: list and mass emails, a task not started and an inbound call are no touch', async () => {
    const mapping: FieldMapping = {
      id: 'Lead ID',
      created: 'Created Date',
      'stage:mql': 'MQL Date',
      owner: 'Lead Owner',
    };
    const records = await importWith(
      'salesforce-leads.csv',
      mapping,
      ['salesforce-tasks.csv'],
      'America/New_York',
    );
    // New York wall-clock. A01, MQL 3/2 9:00 AM: Pardot list email 9:10 (automated), voicemail 9:40
    // (40 min), connect 2:30 PM (5 h 30 min). A02, MQL 10:00 AM: a hand-written email 10:05 (5 min).
    // A03, MQL 4:00 PM: the call not started and the inbound call do not count, nor the mass email of
    // 3/3 7:00 AM; a LinkedIn InMail 3/3 5:10 PM (25 h 10 min). A04, MQL 3/13 9:00 AM: a missed call at
    // 4:00 PM (7 h).
    expect(march(records, DEFAULT_TOUCH_RULE, 'America/New_York')).toEqual({
      status: 'met',
      actual: 0.5,
      count: 4,
      breaches: 2,
      late: [
        ['00Q5g00000MqA03', 25.17],
        ['00Q5g00000MqA04', 7],
      ],
      sources: [0, 1],
    });
    // Only connects: A01's 2:30 PM call is 5 h 30 min after; nobody else was reached → 0 / 4.
    const connects = march(records, { ...DEFAULT_TOUCH_RULE, connectsOnly: true }, 'America/New_York');
    expect(connects).toMatchObject({ status: 'missed', actual: 0, breaches: 4 });
    expect(connects.late[0]).toEqual(['00Q5g00000MqA01', 5.5]);
    // Without social: A03 has no other touch → still a breach; the figure stays 2 / 4.
    expect(
      march(records, { channels: ['call', 'email'], connectsOnly: false }, 'America/New_York'),
    ).toMatchObject({ actual: 0.5, breaches: 2 });
  });

  it('Pipedrive: automated emails, deadlines and to-do calls are no touch; a meeting or lunch held is a connect', async () => {
    const mapping: FieldMapping = {
      id: 'Person - ID',
      created: 'Person - Person created',
      'stage:mql': 'Person - MQL date',
      owner: 'Person - Owner',
    };
    const records = await importWith(
      'pipedrive-persons.csv',
      mapping,
      ['pipedrive-activities.csv'],
      'Europe/Warsaw',
    );
    // Warsaw wall-clock, the week of Monday 9 March. Marta, MQL Mon 09:00: a sequence email 09:02
    // (automated), no answer 09:45 (45 min), a connect 11:30. Piotr, MQL Mon 16:30: an automated email
    // 16:31, a voicemail Tue 08:50 (16 h 20 min), a meeting Tue 13:00. Zofia, MQL Tue 10:00: a to-do
    // call (never marked done), a sequence email 10:05, an email by hand 13:30 (3 h 30 min). Jan, MQL
    // Wed 14:00: busy 14:10 (10 min), a connect Thu 15:00. Ewa, MQL Thu 09:15: a deadline Thu 16:00 (a
    // task), a message left Fri 08:30 (23 h 15 min), a lunch Fri 09:00. Marta, Zofia, Jan in time → 3 / 5.
    expect(march(records, DEFAULT_TOUCH_RULE, 'Europe/Warsaw')).toEqual({
      status: 'met',
      actual: 0.6,
      count: 5,
      breaches: 2,
      late: [
        ['1202', 16.33],
        ['1205', 23.25],
      ],
      sources: [0, 1],
    });
    // Only connects: Marta's call 11:30 (2 h 30 min) in time; Piotr's meeting (20 h 30 min), Jan's call
    // (25 h) and Ewa's lunch (23 h 45 min) late; Zofia never reached: 531 h by the 1 April reading → 1 / 5.
    const connects = march(records, { ...DEFAULT_TOUCH_RULE, connectsOnly: true }, 'Europe/Warsaw');
    expect(connects).toMatchObject({ status: 'missed', actual: 0.2, count: 5, breaches: 4 });
    expect(connects.late).toEqual([
      ['1202', 20.5],
      ['1203', 531],
      ['1204', 25],
      ['1205', 23.75],
    ]);
    // Tasks count too: Ewa's deadline Thu 16:00 is her first touch (6 h 45 min), still late → 3 / 5.
    const tasks = march(
      records,
      { channels: ['call', 'email', 'meeting', 'social', 'task'], connectsOnly: false },
      'Europe/Warsaw',
    );
    expect(tasks).toMatchObject({ actual: 0.6, breaches: 2 });
    expect(tasks.late[1]).toEqual(['1205', 6.75]);
  });
});
