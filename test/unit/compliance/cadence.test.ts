import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/main/import/import-files';
import { importSources } from '../../../src/main/import/import-sources';
import { sniffFile } from '../../../src/main/import/sources';
import { measure } from '../../../src/shared/compliance/engine';
import { suggestActivityMapping } from '../../../src/shared/import/activities';
import { suggestMapping } from '../../../src/shared/import/presets';
import type { FieldMapping, ImportRequest } from '../../../src/shared/import/types';
import type { RecordSet } from '../../../src/shared/records/record-set';
import { blankWorkbook, defaultStages } from '../../../src/shared/workbook/blank';
import { DEFAULT_TOUCH_RULE, type Clause, type TouchRule } from '../../../src/shared/workbook/schema';

/*
 * Follow-up cadence ("N touches within D business days of the MQL") on the activity fixtures
 * (test/fixtures/activities), working days Mon–Fri 09:00–18:00 in the export's zone (one business day =
 * 9 working hours). HubSpot: Monday 2 March 2026 onwards, Madrid; Salesforce: the same week, New York;
 * Pipedrive: Monday 9 March onwards, Warsaw. Every figure is worked out in the comments.
 */
const dir = new URL('../../fixtures/activities/', import.meta.url).pathname;
const STAGES = defaultStages('en');
const ZONE = 'Europe/Madrid';
const SALESFORCE: FieldMapping = { id: 'Lead ID', created: 'Created Date', 'stage:mql': 'MQL Date' };
const PIPEDRIVE: FieldMapping = {
  id: 'Person - ID',
  created: 'Person - Person created',
  'stage:mql': 'Person - MQL date',
  owner: 'Person - Owner',
};

async function headers(file: string): Promise<string[]> {
  const s = await sniffFile(dir + file);
  if (!s.ok) throw new Error(JSON.stringify(s.error));
  return s.value.dialect.headers;
}

/** The records with their activity files, each mapped by its own preset (`mapping`: the records' own, else suggested). */
async function load(
  records: string,
  files: string[],
  timeZone: string,
  mapping?: FieldMapping,
): Promise<RecordSet> {
  const m = mapping ?? suggestMapping([await headers(records)], STAGES).mapping;
  const activities: ImportRequest['activities'] = [];
  for (const file of files) {
    const a = suggestActivityMapping(await headers(file), m.id);
    activities.push({ path: dir + file, mapping: a.mapping, ...(a.channel ? { channel: a.channel } : {}) });
  }
  const r = await importSources(
    { sources: [{ path: dir + records }], mapping: m, timeZone, activities },
    {},
    (q, o) => importFiles(q, { ...o, now: () => Date.UTC(2026, 5, 1) }),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value.records;
}

const hubspot = (withActivities: boolean) =>
  load('hubspot-contacts.csv', withActivities ? ['hubspot-calls.csv', 'hubspot-emails.csv'] : [], ZONE);

function cadence(minTouches: number, withinDays: number, touches: TouchRule = DEFAULT_TOUCH_RULE): Clause {
  return {
    id: 'cadence',
    title: 'Follow-up cadence',
    ownerTeamId: '',
    period: 'month',
    consequence: '',
    status: 'agreed',
    comments: [],
    type: 'cadence',
    stageId: 'mql',
    minTouches,
    withinDays,
    targetShare: 0.3,
    touches,
  };
}

function march(records: RecordSet, clause: Clause, asOf = '2026-04-01T12:00:00Z', zone = ZONE) {
  const wb = {
    ...blankWorkbook('en', new Date('2026-01-01T00:00:00Z'), zone),
    stages: STAGES,
    clauses: [clause],
  };
  const r = measure(wb, records, { asOf: Date.parse(asOf) });
  const c = r.clauses[0]!;
  const p = c.periods.find((x) => x.period === '2026-03');
  return {
    reason: c.reason,
    status: p?.status,
    actual: p?.actual,
    count: p?.count,
    breaches: p?.breaches,
    pending: p?.pending,
    touchesOfBreaches: r.breaches.items.map((b) => [b.recordId.slice(-1), b.value, b.limit]),
  };
}

describe('follow-up cadence', () => {
  it('2 touches within 1 business day: only Ana; 3 days: Bruno too', async () => {
    const records = await hubspot(true);
    // Ana, MQL Mon 09:00 (window to Mon 18:00): hand-written email 09:30 and a call attempt 10:15 → kept.
    // Bruno, MQL Mon 17:30 (half an hour on Monday, window to Tue 17:30): his own email is inbound; a
    // voicemail Tue 09:05 → 1. Celia, MQL Tue 08:45 (window Tue 09:00–18:00): her inbound call and a
    // sequence email do not count, an email at 12:00 does → 1. Diego, MQL Wed 11:00 (to Thu 11:00):
    // a busy signal Wed 16:00 → 1. Elisa, MQL Thu 09:30 (to Fri 09:30): the gatekeeper call 12:00 → 1.
    expect(march(records, cadence(2, 1))).toEqual({
      reason: undefined,
      status: 'missed',
      actual: 0.2,
      count: 5,
      breaches: 4,
      pending: 0,
      touchesOfBreaches: [
        ['2', 1, 2],
        ['3', 1, 2],
        ['4', 1, 2],
        ['5', 1, 2],
      ],
    });
    // Three business days: Bruno's window runs to Thu 17:30 and takes the busy signal of Wed 16:00 → 2 / 5.
    expect(march(records, cadence(2, 3))).toMatchObject({ status: 'met', actual: 0.4, breaches: 3 });
    // One connect within a business day: only Ana's call of Mon 15:40 → 1 / 5.
    expect(march(records, cadence(1, 1, { ...DEFAULT_TOUCH_RULE, connectsOnly: true }))).toMatchObject({
      status: 'missed',
      actual: 0.2,
      breaches: 4,
    });
  });

  it('an unfinished window is pending and the month in progress, never missed', async () => {
    const records = await hubspot(true);
    // As of Tue 3 March 11:00 in Madrid: Ana is kept; Bruno (1 touch so far, window to Tue 17:30) and
    // Celia (none yet, window to Tue 18:00) are still open; Diego and Elisa are not MQLs yet.
    expect(march(records, cadence(2, 1), '2026-03-03T10:00:00Z')).toMatchObject({
      status: 'in-progress',
      count: 3,
      breaches: 0,
      pending: 2,
    });
  });

  it('without an activity export the cadence cannot be measured, and says why', async () => {
    expect(march(await hubspot(false), cadence(2, 1))).toMatchObject({ reason: 'noActivities' });
  });

  it('Salesforce Tasks: the list and mass emails, the task not started and the inbound call are no follow-up', async () => {
    const records = await load(
      'salesforce-leads.csv',
      ['salesforce-tasks.csv'],
      'America/New_York',
      SALESFORCE,
    );
    const at = (c: Clause) => march(records, c, '2026-04-01T12:00:00Z', 'America/New_York');
    // New York, Monday 2 March. A01, MQL Mon 9:00 AM (window to Mon 6 PM): the Pardot list email is
    // automated; a voicemail 9:40 and a connect 2:30 PM → 2, kept. A02, MQL 10:00 AM: one email 10:05
    // → 1. A03, MQL Mon 4:00 PM (two hours on Monday, to Tue 4:00 PM): the call not started (planned),
    // her own call (inbound) and the mass email (automated) do not count; the InMail Tue 5:10 PM is
    // past the window → 0. A04, MQL Fri 13 March 9:00 AM (to 6 PM): a missed call 4:00 PM → 1.
    expect(at(cadence(2, 1))).toEqual({
      reason: undefined,
      status: 'missed',
      actual: 0.25,
      count: 4,
      breaches: 3,
      pending: 0,
      touchesOfBreaches: [
        ['2', 1, 2],
        ['3', 0, 2],
        ['4', 1, 2],
      ],
    });
    // One touch within two business days: A03's window runs to Wed 4:00 PM and takes the InMail → 4 / 4.
    expect(at(cadence(1, 2))).toMatchObject({ status: 'met', actual: 1, breaches: 0 });
    // One connect within a business day: A01's call; A03's connect was her own inbound call → 1 / 4.
    expect(at(cadence(1, 1, { ...DEFAULT_TOUCH_RULE, connectsOnly: true }))).toMatchObject({
      status: 'missed',
      actual: 0.25,
      breaches: 3,
    });
  });

  it('Pipedrive: automated emails, deadlines and to-do calls are no follow-up; a meeting held is a connect', async () => {
    const records = await load(
      'pipedrive-persons.csv',
      ['pipedrive-activities.csv'],
      'Europe/Warsaw',
      PIPEDRIVE,
    );
    const at = (c: Clause) => march(records, c, '2026-04-01T12:00:00Z', 'Europe/Warsaw');
    // Warsaw, Monday 9 March. Marta, MQL Mon 09:00 (to Mon 18:00): a sequence email 09:02 (automated),
    // no answer 09:45, a connect 11:30 → 2, kept. Piotr, MQL Mon 16:30 (to Tue 16:30): an automated
    // email 16:31; a voicemail Tue 08:50 and a meeting Tue 13:00 → 2, kept. Zofia, MQL Tue 10:00 (to
    // Wed 10:00): a to-do call (never marked done), a sequence email 10:05, an email by hand 13:30 → 1;
    // the wrong number Wed 11:00 is too late. Jan, MQL Wed 14:00 (to Thu 14:00): busy 14:10 → 1; his
    // connect Thu 15:00 is too late. Ewa, MQL Thu 09:15 (to Fri 09:15): a deadline Thu 16:00 (a task,
    // not a touch), a message left Fri 08:30 and a lunch Fri 09:00 → 2, kept. Tomasz is no MQL → 3 / 5.
    expect(at(cadence(2, 1))).toEqual({
      reason: undefined,
      status: 'met',
      actual: 0.6,
      count: 5,
      breaches: 2,
      pending: 0,
      touchesOfBreaches: [
        ['3', 1, 2],
        ['4', 1, 2],
      ],
    });
    // Two business days: Zofia's wrong number (Wed 11:00) and Jan's connect (Thu 15:00) fall inside → 5 / 5.
    expect(at(cadence(2, 2))).toMatchObject({ status: 'met', actual: 1, breaches: 0 });
    // One connect within a business day: Marta's call, Piotr's meeting, Ewa's lunch → 3 / 5.
    expect(at(cadence(1, 1, { ...DEFAULT_TOUCH_RULE, connectsOnly: true }))).toMatchObject({
      actual: 0.6,
      breaches: 2,
    });
  });
});
