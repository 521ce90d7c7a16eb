import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/main/import/import-files';
import { importSources } from '../../../src/main/import/import-sources';
import { sniffFile } from '../../../src/main/import/sources';
import { measure } from '../../../src/shared/compliance/engine';
import { suggestActivityMapping } from '../../../src/shared/import/activities';
import { suggestMapping } from '../../../src/shared/import/presets';
import type { ImportRequest } from '../../../src/shared/import/types';
import type { RecordSet } from '../../../src/shared/records/record-set';
import { blankWorkbook, defaultStages } from '../../../src/shared/workbook/blank';
import { DEFAULT_TOUCH_RULE, type Clause, type TouchRule } from '../../../src/shared/workbook/schema';

/*
 * Follow-up cadence ("N touches within D business days of the MQL") on the HubSpot fixture
 * (test/fixtures/activities): Monday 2 March 2026 onwards, Madrid, working days Mon–Fri 09:00–18:00
 * (one business day = 9 working hours). Every figure is worked out in the comments.
 */
const dir = new URL('../../fixtures/activities/', import.meta.url).pathname;
const STAGES = defaultStages('en');
const ZONE = 'Europe/Madrid';

async function hubspot(withActivities: boolean): Promise<RecordSet> {
  const headers = async (file: string) => {
    const s = await sniffFile(dir + file);
    if (!s.ok) throw new Error(JSON.stringify(s.error));
    return s.value.dialect.headers;
  };
  const activities: ImportRequest['activities'] = [];
  for (const file of withActivities ? ['hubspot-calls.csv', 'hubspot-emails.csv'] : []) {
    const a = suggestActivityMapping(await headers(file));
    activities.push({ path: dir + file, mapping: a.mapping, ...(a.channel ? { channel: a.channel } : {}) });
  }
  const { mapping } = suggestMapping([await headers('hubspot-contacts.csv')], STAGES);
  const r = await importSources(
    { sources: [{ path: dir + 'hubspot-contacts.csv' }], mapping, timeZone: ZONE, activities },
    {},
    (q, o) => importFiles(q, { ...o, now: () => Date.UTC(2026, 5, 1) }),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value.records;
}

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

function march(records: RecordSet, clause: Clause, asOf = '2026-04-01T12:00:00Z') {
  const wb = {
    ...blankWorkbook('en', new Date('2026-01-01T00:00:00Z'), ZONE),
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
});
