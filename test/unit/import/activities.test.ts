import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/main/cli/index';
import { importFiles } from '../../../src/main/import/import-files';
import { importSources } from '../../../src/main/import/import-sources';
import { sniffFile } from '../../../src/main/import/sources';
import { classifyActivity, suggestActivityMapping } from '../../../src/shared/import/activities';
import { suggestMapping } from '../../../src/shared/import/presets';
import type { FieldMapping, ImportRequest } from '../../../src/shared/import/types';
import { ACTIVITY_CHANNELS, ActivityFlag, type RecordSet } from '../../../src/shared/records/record-set';
import { defaultStages } from '../../../src/shared/workbook/blank';
import { serializeWorkbook } from '../../../src/shared/workbook/document';
import { createFromTemplate } from '../../../src/shared/workbook/templates';

/*
 * Activity exports linked to their records (test/fixtures/activities/README.md). Every expected
 * figure below is read off the fixture rows by hand.
 */
const dir = new URL('../../fixtures/activities/', import.meta.url).pathname;
const STAGES = defaultStages('en');
const utc = Date.UTC;

async function headers(file: string): Promise<string[]> {
  const s = await sniffFile(dir + file);
  if (!s.ok) throw new Error(JSON.stringify(s.error));
  return s.value.dialect.headers;
}

async function importWithActivities(
  contacts: string,
  mapping: FieldMapping,
  activityFiles: string[],
  timeZone: string,
) {
  const activities: ImportRequest['activities'] = [];
  for (const file of activityFiles) {
    const s = suggestActivityMapping(await headers(file), mapping.id);
    activities.push({ path: dir + file, mapping: s.mapping, ...(s.channel ? { channel: s.channel } : {}) });
  }
  const r = await importSources(
    { sources: [{ path: dir + contacts }], mapping, timeZone, activities },
    {},
    (q, o) => importFiles(q, { ...o, now: () => utc(2026, 5, 1) }),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

/** Record i's activities as [ISO time, channel, flags…]. */
function activitiesOf(r: RecordSet, i: number): string[] {
  const a = r.activities!;
  const out: string[] = [];
  for (let k = a.start[i]!; k < a.start[i + 1]!; k++) {
    const f = a.flags[k]!;
    const names = Object.entries(ActivityFlag)
      .filter(([, bit]) => f & bit)
      .map(([n]) => n);
    out.push(
      [new Date(a.at[k]!).toISOString().slice(5, 16), ACTIVITY_CHANNELS[a.channel[k]!], ...names].join(' '),
    );
  }
  return out;
}

describe('activity exports', () => {
  it("detects each file's preset on its own: HubSpot calls and emails views, a Salesforce Tasks report", async () => {
    const calls = suggestActivityMapping(await headers('hubspot-calls.csv'));
    expect(calls).toMatchObject({
      presetId: 'hubspot-activities',
      channel: 'call',
      mapping: {
        id: '0:Record ID',
        'activity:contact': '0:Associated Contact IDs',
        'activity:at': '0:Activity date',
        'activity:outcome': '0:Call outcome',
        'activity:direction': '0:Call direction',
        'activity:subject': '0:Call Title',
      },
    });
    const emails = suggestActivityMapping(await headers('hubspot-emails.csv'));
    expect(emails).toMatchObject({ presetId: 'hubspot-activities', channel: 'email' });
    expect(emails.mapping['activity:source']).toBe('0:Sequence name');
    const tasks = suggestActivityMapping(await headers('salesforce-tasks.csv'));
    expect(tasks.presetId).toBe('salesforce-activities');
    expect(tasks.channel).toBeUndefined(); // it has a type column
    expect(tasks.mapping).toMatchObject({
      id: '0:Activity ID',
      'activity:contact': '0:Lead ID',
      'activity:at': '0:Created Date',
      'activity:type': '0:Task Subtype',
      'activity:outcome': '0:Call Result',
      'activity:direction': '0:Call Type',
      'activity:status': '0:Status',
    });
  });

  it('HubSpot: calls and emails linked per contact in time order; sequence emails, inbound and attempts marked', async () => {
    const { mapping } = suggestMapping([await headers('hubspot-contacts.csv')], STAGES);
    const { records, report, files } = await importWithActivities(
      'hubspot-contacts.csv',
      mapping,
      ['hubspot-calls.csv', 'hubspot-emails.csv'],
      'Europe/Madrid',
    );
    expect(files.map((f) => f.name)).toEqual([
      'hubspot-contacts.csv',
      'hubspot-calls.csv',
      'hubspot-emails.csv',
    ]);
    const [calls, emails] = report.activities!;
    expect(calls).toMatchObject({
      file: 'hubspot-calls.csv',
      activities: 7, // the row without a date is not one
      linked: 6,
      unmatched: { count: 1, examples: ['301000009999'] },
      incomplete: 1,
      byChannel: { call: 6 },
      connects: 2,
      automated: 0,
      inbound: 1,
      planned: 0,
      unknownOutcomes: [{ value: 'Gatekeeper', count: 1 }],
    });
    expect(calls!.read.rowsUsed).toBe(8);
    expect(emails).toMatchObject({
      activities: 6,
      linked: 6,
      byChannel: { email: 6 },
      automated: 3,
      inbound: 1,
      connects: 0,
    });
    // Madrid is UTC+1 in early March. Ana: a sequence email, a hand-written one, a missed call, a connect.
    expect(activitiesOf(records, 0)).toEqual([
      '03-02T08:05 email automated',
      '03-02T08:30 email',
      '03-02T09:15 call',
      '03-02T14:40 call connect',
    ]);
    // Bruno: his own reply (inbound), a voicemail, and the call logged on him and Diego.
    expect(activitiesOf(records, 1)).toEqual([
      '03-02T17:00 email inbound',
      '03-03T08:05 call',
      '03-04T15:00 call',
    ]);
    expect(activitiesOf(records, 3)).toEqual(['03-04T15:00 call']);
    expect(activitiesOf(records, 5)).toEqual([]);
    expect(records.activities!.files).toEqual([
      { name: 'hubspot-calls.csv', first: utc(2026, 2, 2, 9, 15), last: utc(2026, 2, 5, 11, 0), count: 6 },
      { name: 'hubspot-emails.csv', first: utc(2026, 2, 2, 8, 5), last: utc(2026, 2, 5, 8, 31), count: 6 },
    ]);
  });

  it('Salesforce: 18-character ids on tasks match 15-character lead ids; list and mass emails, tasks not started', async () => {
    const mapping: FieldMapping = {
      id: 'Lead ID',
      created: 'Created Date',
      'stage:mql': 'MQL Date',
      owner: 'Lead Owner',
    };
    const { records, report } = await importWithActivities(
      'salesforce-leads.csv',
      mapping,
      ['salesforce-tasks.csv'],
      'America/New_York',
    );
    const [tasks] = report.activities!;
    expect(tasks).toMatchObject({
      activities: 9,
      linked: 9,
      unmatched: { count: 0 },
      byChannel: { email: 3, call: 5, social: 1 },
      connects: 2,
      automated: 2, // the Pardot list email and the mass email
      inbound: 1,
      planned: 1, // the call not started
      unknownTypes: [],
      unknownOutcomes: [],
    });
    expect(tasks!.read.skipped.footer?.count).toBe(3);
    // New York is UTC−5 until 8 March, UTC−4 after.
    expect(activitiesOf(records, 0)).toEqual([
      '03-02T14:10 email automated',
      '03-02T14:40 call',
      '03-02T19:30 call connect',
    ]);
    expect(activitiesOf(records, 2)).toEqual([
      '03-03T12:00 email automated',
      '03-03T14:00 call planned',
      '03-03T16:00 call connect inbound',
      '03-03T22:10 social',
    ]);
    expect(activitiesOf(records, 3)).toEqual(['03-13T20:00 call']);
  });

  it("Pipedrive: its own preset in the export's `Activity - …` headers and in the activities list's labels; the contact column names the records' object", async () => {
    const file = await headers('pipedrive-activities.csv');
    expect(suggestActivityMapping(file)).toMatchObject({
      presetId: 'pipedrive-activities',
      mapping: {
        id: '0:Activity - ID',
        'activity:contact': '0:Person - ID',
        'activity:at': '0:Activity - Marked as done time',
        'activity:time': '0:Activity - Due time',
        'activity:type': '0:Activity - Type',
        'activity:outcome': '0:Activity - Call outcome',
        'activity:status': '0:Activity - Done',
        'activity:subject': '0:Activity - Subject',
      },
    });
    expect(suggestActivityMapping(file).channel).toBeUndefined(); // it has a type column
    // Records that are deals: their activities link by the deal id the same rows carry.
    expect(suggestActivityMapping(file, '0:Deal - ID').mapping['activity:contact']).toBe('0:Deal - ID');
    expect(suggestActivityMapping(file, 'Person - ID').mapping['activity:contact']).toBe('0:Person - ID');
    // The activities list exported with its own column labels, not Salesforce's `Subject`/`Type`.
    const list = ['ID', 'Subject', 'Type', 'Done', 'Due date', 'Due time', 'Marked as done time'].concat([
      'Assigned to user',
      'Contact person',
      'Person ID',
      'Deal',
      'Deal ID',
      'Organization',
    ]);
    const plain = suggestActivityMapping(list, 'Deal ID');
    expect(plain).toMatchObject({
      presetId: 'pipedrive-activities',
      mapping: {
        id: '0:ID',
        'activity:contact': '0:Deal ID',
        'activity:at': '0:Marked as done time',
        'activity:status': '0:Done',
      },
    });
    // A HubSpot id names no object: the preset's order stands.
    expect(suggestActivityMapping(file, 'Record ID').mapping['activity:contact']).toBe('0:Person - ID');
  });

  it('Pipedrive: activities linked per person; to-do activities and rows without a person are not activities', async () => {
    const mapping: FieldMapping = {
      id: 'Person - ID',
      created: 'Person - Person created',
      'stage:mql': 'Person - MQL date',
      owner: 'Person - Owner',
    };
    const { records, report } = await importWithActivities(
      'pipedrive-persons.csv',
      mapping,
      ['pipedrive-activities.csv'],
      'Europe/Warsaw',
    );
    const [list] = report.activities!;
    // 18 rows: the to-do call has no "marked as done" time and the board-pack task no person (2
    // incomplete); of the 16 others, the call on person 1299 matches nobody. Connects: three calls
    // answered, a meeting and a lunch held. Automated: two sequence emails and the "Automated:" one.
    expect(list).toMatchObject({
      file: 'pipedrive-activities.csv',
      activities: 16,
      linked: 15,
      unmatched: { count: 1, examples: ['1299'] },
      incomplete: 2,
      byChannel: { email: 4, call: 8, meeting: 2, task: 1 },
      connects: 5,
      automated: 3,
      inbound: 0,
      planned: 0,
      unknownTypes: [],
      unknownOutcomes: [], // "Left message" and "Wrong number" are attempts Pacto knows
    });
    // Warsaw is UTC+1 in early March. Marta: a sequence email, no answer, a connect.
    expect(activitiesOf(records, 0)).toEqual([
      '03-09T08:02 email automated',
      '03-09T08:45 call',
      '03-09T10:30 call connect',
    ]);
    // Ewa: a deadline (a task), a message left, a lunch held.
    expect(activitiesOf(records, 4)).toEqual([
      '03-12T15:00 task',
      '03-13T07:30 call',
      '03-13T08:00 meeting connect',
    ]);
    // Tomasz never became an MQL, but his call is still his.
    expect(activitiesOf(records, 5)).toEqual(['03-09T09:00 call connect']);
  });

  it('an activities file without the id, contact or date column is refused, naming the file', async () => {
    const r = await importSources(
      {
        sources: [{ path: dir + 'hubspot-contacts.csv' }],
        mapping: { id: 'Record ID' },
        timeZone: 'Europe/Madrid',
        activities: [
          {
            path: dir + 'hubspot-calls.csv',
            mapping: { id: '0:Record ID', 'activity:at': '0:Activity date' },
          },
        ],
      },
      {},
      (q, o) => importFiles(q, o),
    );
    expect(r).toEqual({
      ok: false,
      error: { code: 'import:errors.activityColumns', params: { file: 'hubspot-calls.csv' } },
    });
  });

  it('classifies Spanish values and HubSpot internal names', () => {
    expect(classifyActivity({ type: 'Llamada', outcome: 'Buzón de voz' })).toMatchObject({
      channel: 'call',
      flags: 0,
    });
    expect(classifyActivity({ type: 'Llamada', outcome: 'Conectado' }).flags).toBe(ActivityFlag.connect);
    expect(classifyActivity({ type: 'INCOMING_EMAIL' })).toMatchObject({
      channel: 'email',
      flags: ActivityFlag.inbound,
    });
    expect(classifyActivity({ type: 'MEETING', outcome: 'NO_SHOW' })).toMatchObject({
      channel: 'meeting',
      flags: 0,
    });
    expect(classifyActivity({ type: 'Reunión' }).flags).toBe(ActivityFlag.connect);
    expect(classifyActivity({ type: 'Reunión', outcome: 'Cancelada' }).flags).toBe(ActivityFlag.planned);
    expect(classifyActivity({ type: 'Email', source: 'CRM_UI' }).flags).toBe(0);
    expect(classifyActivity({ type: 'Email', source: 'SEQUENCES' }).flags).toBe(ActivityFlag.automated);
    // A call in a sequence is still made by a rep: only emails are "automated".
    expect(classifyActivity({ type: 'Call', source: 'SDR sequence' }).flags).toBe(0);
    expect(classifyActivity({ type: 'Tarea', status: 'Pendiente' })).toMatchObject({
      channel: 'task',
      flags: ActivityFlag.planned,
    });
    expect(classifyActivity({ type: 'Carrier pigeon' })).toMatchObject({
      channel: 'other',
      unknownType: true,
    });
  });
});

describe('pacto measure --activities', () => {
  it('links activity files by their own presets and reports them in the JSON', async () => {
    const artifacts = new URL('../../artifacts/activities/', import.meta.url).pathname;
    mkdirSync(artifacts, { recursive: true });
    const wb = artifacts + 'b2b.pacto';
    writeFileSync(wb, serializeWorkbook(createFromTemplate('b2b', 'en', new Date('2026-01-15T09:00:00Z'))));
    let out = '';
    let err = '';
    const io = {
      stdout: (t: string) => void (out += t),
      stderr: (t: string) => void (err += t),
      cwd: dir,
      env: {},
    };
    const code = await main(
      [
        'measure',
        '-w',
        wb,
        '-s',
        'hubspot-contacts.csv',
        '--activities',
        'hubspot-calls.csv',
        '--activities',
        'hubspot-emails.csv',
        '--json',
      ],
      io,
    );
    expect([code, err]).toEqual([0, '']);
    const json = JSON.parse(out);
    expect(json.files.map((f: { name: string }) => f.name)).toEqual([
      'hubspot-contacts.csv',
      'hubspot-calls.csv',
      'hubspot-emails.csv',
    ]);
    expect(
      json.import.activities.map((a: { file: string; linked: number; automated: number }) => [
        a.file,
        a.linked,
        a.automated,
      ]),
    ).toEqual([
      ['hubspot-calls.csv', 6, 0],
      ['hubspot-emails.csv', 6, 3],
    ]);
  });
});
