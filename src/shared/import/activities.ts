/**
 * Activity exports (calls, emails, meetings, tasks) as a third kind of file. Each is imported like any
 * export — same readers, mapper, limits and report — with `activity:*` fields; this module then says
 * what each activity was (its channel; attempt or connect; automated, inbound or not done) and links
 * the activities to the records by contact/lead id, grouped per record in time order (ActivitySet).
 */
import {
  ACTIVITY_CHANNELS,
  ActivityFlag,
  MISSING_CODE,
  textAt,
  type ActivityChannel,
  type ActivityField,
  type ActivitySet,
  type RecordSet,
  type TextColumn,
} from '../records/record-set';
import { columnRef, normalizeHeader } from './presets';
import type { FieldMapping } from './types';

type ActivityMappingField = 'id' | `activity:${ActivityField}`;

export interface ActivityPreset {
  id: string;
  label: string;
  fields: Partial<Record<ActivityMappingField, string[]>>;
}

/**
 * Header aliases per CRM, best first (shared/reference/crm-exports.md: Salesforce activities come
 * from Task/Event reports or Data Loader, HubSpot from its calls/emails/meetings views — labels
 * partly unverified, so the wizard shows the suggestion for confirmation —, Pipedrive from its
 * activities list). A datetime column is preferred to a bare date: a touch at midnight would come
 * before the hand-off it answers.
 */
export const ACTIVITY_PRESETS: ActivityPreset[] = [
  {
    id: 'hubspot-activities',
    label: 'HubSpot',
    fields: {
      id: ['Record ID', 'Activity ID', 'Engagement ID', 'hs_object_id', 'ID de registro'],
      'activity:contact': [
        'Associated Contact IDs',
        'Associated Contact ID',
        'Contact IDs',
        'Contact ID',
        'associated_contact_ids',
        'ID de contactos asociados',
      ],
      'activity:at': ['Activity date', 'hs_timestamp', 'Fecha de la actividad', 'Create Date'],
      'activity:type': [
        'Activity type',
        'Engagement type',
        'hs_activity_type',
        'hs_engagement_type',
        'Tipo de actividad',
      ],
      'activity:outcome': [
        'Call outcome',
        'Meeting outcome',
        'hs_call_disposition',
        'hs_meeting_outcome',
        'Resultado de la llamada',
        'Resultado de la reunión',
      ],
      'activity:direction': [
        'Call direction',
        'Email direction',
        'hs_call_direction',
        'hs_email_direction',
        'Dirección de la llamada',
      ],
      'activity:status': ['Call status', 'Task status', 'hs_call_status', 'hs_task_status'],
      'activity:source': ['Sequence name', 'Engagement source', 'hs_engagement_source', 'Sequence'],
      'activity:subject': ['Call title', 'Email subject', 'Meeting name', 'Task title', 'hs_email_subject'],
    },
  },
  {
    id: 'salesforce-activities',
    label: 'Salesforce',
    fields: {
      id: ['Activity ID', 'Task ID', 'Event ID', 'Id'],
      'activity:contact': ['Lead ID', 'Contact ID', 'Name ID', 'WhoId', 'Who ID'],
      'activity:at': [
        'Completed Date/Time',
        'CompletedDateTime',
        'Start',
        'StartDateTime',
        'Created Date',
        'CreatedDate',
        'Date',
        'ActivityDate',
      ],
      'activity:type': ['Task Subtype', 'TaskSubtype', 'EventSubtype', 'Type', 'Activity Type', 'Task/Event'],
      'activity:outcome': ['Call Result', 'CallDisposition', 'Call Disposition'],
      'activity:direction': ['Call Type', 'CallType'],
      'activity:status': ['Status'],
      'activity:subject': ['Subject'],
    },
  },
  {
    id: 'pipedrive-activities',
    label: 'Pipedrive',
    // `<Entity> - <Field>` as Pipedrive's export names columns, then the bare labels of the activities
    // list (`Subject`, `Done`, `Person ID`…). A done activity's real instant is when it was marked done;
    // a to-do one has none and is no touch. The call outcome is that of Pipedrive's call logs.
    fields: {
      id: ['Activity - ID', 'Activity ID', 'ID'],
      'activity:contact': ['Person - ID', 'Person ID', 'Lead - ID', 'Lead ID', 'Deal - ID', 'Deal ID'],
      'activity:at': [
        'Activity - Marked as done time',
        'Marked as done time',
        'Activity - Due date',
        'Due date',
      ],
      'activity:time': ['Activity - Due time', 'Due time'],
      'activity:type': ['Activity - Type', 'Type'],
      'activity:outcome': ['Activity - Call outcome', 'Call outcome', 'Outcome'],
      'activity:status': ['Activity - Done', 'Done'],
      'activity:subject': ['Activity - Subject', 'Subject'],
    },
  },
];

export interface ActivitySuggestion {
  presetId: string | undefined;
  mapping: FieldMapping;
  matched: number;
  /** With no type column: what the headers say the file holds (a calls export, an emails export…). */
  channel?: ActivityChannel;
}

/**
 * The activity preset matching most of a file's headers (its own detection, file by file).
 * `recordId`, the records' id column (`Deal - ID`, `0:Lead ID`), picks the contact column that names
 * the same object when an activity carries several (a Pipedrive activity has a person and a deal id).
 */
export function suggestActivityMapping(headers: string[], recordId?: string): ActivitySuggestion {
  const normalized = headers.map(normalizeHeader);
  const entity = recordId && /\b(deal|lead|person|contact)\b/.exec(normalizeHeader(recordId))?.[1];
  let best: ActivitySuggestion = { presetId: undefined, mapping: {}, matched: 0 };
  for (const p of ACTIVITY_PRESETS) {
    const mapping: FieldMapping = {};
    let matched = 0;
    for (const [field, list] of Object.entries(p.fields) as [ActivityMappingField, string[]][]) {
      const aliases =
        field === 'activity:contact' && entity ? sameObjectFirst(list, new RegExp(`\\b${entity}\\b`)) : list;
      const col = aliases.map((a) => normalized.indexOf(normalizeHeader(a))).find((i) => i >= 0);
      if (col === undefined) continue;
      mapping[field] = columnRef(0, headers[col]!);
      matched++;
    }
    if (matched > best.matched) best = { presetId: p.id, mapping, matched };
  }
  if (!best.mapping['activity:type']) {
    const channel = fileChannel(normalized);
    if (channel) best = { ...best, channel };
  }
  return best;
}

/** The aliases naming the object `re` matches first, the others after in their order. */
const sameObjectFirst = (aliases: string[], re: RegExp): string[] => [
  ...aliases.filter((a) => re.test(normalizeHeader(a))),
  ...aliases.filter((a) => !re.test(normalizeHeader(a))),
];

/** A calls, emails or meetings export, by its headers ("Call outcome", "Email subject"…). */
function fileChannel(normalized: string[]): ActivityChannel | undefined {
  const has = (re: RegExp) => normalized.some((h) => re.test(h));
  if (has(/\bcall\b|\bllamada\b/)) return 'call';
  if (has(/\bemail\b|\bcorreo\b/)) return 'email';
  if (has(/\bmeeting\b|\breunion\b/)) return 'meeting';
  return undefined;
}

const words = (list: string[]): Set<string> => new Set(list.map(normalizeHeader));

/** Activity type values per channel (HubSpot's internal names, Salesforce subtypes, Pipedrive types). */
const CHANNEL_WORDS: Record<ActivityChannel, Set<string>> = {
  call: words([
    'Call',
    'Calls',
    'Phone call',
    'Phone',
    'Outbound call',
    'Inbound call',
    'Llamada',
    'Llamadas',
  ]),
  email: words([
    'Email',
    'Emails',
    'E-mail',
    'Correo',
    'Correo electrónico',
    'List Email',
    'ListEmail',
    'Mass Email',
    'Marketing email',
    'Sequence email',
    'INCOMING_EMAIL',
    'FORWARDED_EMAIL',
  ]),
  meeting: words(['Meeting', 'Meetings', 'Event', 'Demo', 'Lunch', 'Reunión', 'Evento', 'Videollamada']),
  social: words([
    'LinkedIn',
    'LINKEDIN_MESSAGE',
    'LinkedIn message',
    'InMail',
    'Social',
    'WhatsApp',
    'WHATS_APP',
    'SMS',
  ]),
  task: words(['Task', 'Tasks', 'Tarea', 'Deadline', 'To do', 'Todo']),
  other: words(['Note', 'Notes', 'NOTE', 'Nota', 'Other', 'Otro']),
};
/** Types, sources and subjects that mark a sequence, list or marketing send. */
const AUTOMATED =
  /\b(list email|listemail|mass email|marketing email|marketing|sequences?|workflow|automat\w*|pardot|bulk|cadence email)\b/;
/**
 * Values of a source column (HubSpot "Engagement source", a sequence name…) that mean a rep sent it by
 * hand; any other value (a sequence's name, SEQUENCES, a workflow) marks an email as automated.
 */
const MANUAL_SOURCES = words([
  'CRM UI',
  'CRM_UI',
  'Email integration',
  'EMAIL_INTEGRATION',
  'Manual',
  'Gmail',
  'Outlook',
  'Sales extension',
  'Mobile',
  'CRM',
]);
const INBOUND = words([
  'Inbound',
  'Incoming',
  'INCOMING_EMAIL',
  'Inbound call',
  'Entrante',
  'Recibida',
  'Recibido',
]);
/** Statuses and outcomes of an activity that did not happen (yet). */
const PLANNED = words([
  'Not Started',
  'To do',
  'Open',
  'Scheduled',
  'In Progress',
  'Waiting on someone else',
  'Deferred',
  'Queued',
  'Canceled',
  'Cancelled',
  'Rescheduled',
  'Pendiente',
  'No iniciada',
  'Programada',
  'Cancelada',
]);
/** Outcomes that reached the lead. */
const CONNECT = words([
  'Connected',
  'Left live message',
  'Live message',
  'Answered',
  'Spoke',
  'Reached',
  'Completed',
  'Held',
  'Attended',
  'Conectado',
  'Conectada',
  'Contestada',
  'Dejó mensaje en persona',
  'Realizada',
  'Celebrada',
]);
/** Outcomes of a try that did not reach the lead (known, so not reported as unknown). */
const ATTEMPT = words([
  'No answer',
  'Busy',
  'Left voicemail',
  'Left message',
  'Voicemail',
  'Wrong number',
  'Not reached',
  'No show',
  'Failed',
  'Missed',
  'No contesta',
  'Buzón de voz',
  'Número equivocado',
  'Ocupado',
  'No se presentó',
]);

export interface ActivityTraits {
  channel: ActivityChannel;
  /** ActivityFlag bits. */
  flags: number;
  /** The type or outcome was not one Pacto knows (reported, so the user can see what was guessed). */
  unknownType: boolean;
  unknownOutcome: boolean;
}

type Cells = {
  /** Channel of a row with no type (a calls export has no type column). */
  fallback?: ActivityChannel;
  type?: string;
  outcome?: string;
  direction?: string;
  status?: string;
  source?: string;
  subject?: string;
};

/** What one activity was, from its cells (any may be missing). */
export const classifyActivity = (a: Cells): ActivityTraits =>
  classifyNormalized({
    fallback: a.fallback ?? 'other',
    type: normalizeHeader(a.type ?? ''),
    outcome: normalizeHeader(a.outcome ?? ''),
    direction: normalizeHeader(a.direction ?? ''),
    status: normalizeHeader(a.status ?? ''),
    source: normalizeHeader(a.source ?? ''),
    subject: normalizeHeader(a.subject ?? ''),
  });

/** classifyActivity on cells already normalised (normalizeHeader; '' when missing). */
function classifyNormalized(a: Required<Cells>): ActivityTraits {
  const { type, outcome } = a;
  let channel: ActivityChannel = 'other';
  let unknownType = false;
  if (type === '') channel = a.fallback;
  else {
    const found = ACTIVITY_CHANNELS.find((c) => CHANNEL_WORDS[c].has(type));
    if (found) channel = found;
    else if (/\b(call|llamada)\b/.test(type)) channel = 'call';
    else if (/\b(e ?mail|correo)\b/.test(type)) channel = 'email';
    else if (/\b(meeting|event|reunion)\b/.test(type)) channel = 'meeting';
    else unknownType = true;
  }
  let flags = 0;
  const bySource = a.source !== '' && !MANUAL_SOURCES.has(a.source);
  if (channel === 'email' && (bySource || [type, a.subject].some((m) => AUTOMATED.test(m))))
    flags |= ActivityFlag.automated;
  if (INBOUND.has(a.direction) || INBOUND.has(type)) flags |= ActivityFlag.inbound;
  if (PLANNED.has(a.status) || PLANNED.has(outcome)) flags |= ActivityFlag.planned;
  let unknownOutcome = false;
  if (outcome !== '') {
    if (CONNECT.has(outcome)) flags |= ActivityFlag.connect;
    else if (!ATTEMPT.has(outcome) && !PLANNED.has(outcome)) unknownOutcome = true;
  } else if (channel === 'meeting') flags |= ActivityFlag.connect; // a meeting that took place
  return { channel, flags, unknownType, unknownOutcome };
}

/** One activity file, imported: its rows as records (`activity:*` columns) and its name. */
export interface ImportedActivities {
  file: string;
  records: RecordSet;
  /** The channel of rows with no type: a calls, emails or meetings export. */
  channel?: ActivityChannel;
}

/** What an activity file contributed, for the import report. */
export interface ActivityFileReport {
  file: string;
  /** Activities read (rows with an id, a contact and a readable date). */
  activities: number;
  /** Of those, linked to at least one record. */
  linked: number;
  /** Contact ids that matched no record, with the first few. */
  unmatched: { count: number; examples: string[] };
  /** Rows without a contact id or a date (not counted as activities). */
  incomplete: number;
  /** Linked activities per channel. */
  byChannel: Partial<Record<ActivityChannel, number>>;
  connects: number;
  automated: number;
  inbound: number;
  planned: number;
  unknownTypes: { value: string; count: number }[];
  unknownOutcomes: { value: string; count: number }[];
}

const MAX_VALUES = 20;
const MAX_EXAMPLES = 5;

/**
 * Links the activities of each file to the records by contact id (several ids in one cell, split on
 * `;` or `,`, link to each; a Salesforce 18-character id matches its 15-character form) and groups
 * them per record in time order. `time` (a separate due-time column) is added to an activity at
 * local midnight, i.e. a bare date. Pure: the records are only read.
 */
export function linkActivities(
  records: RecordSet,
  files: ImportedActivities[],
  opts: { toInstant(wall: number): number; toWall(instant: number): number },
): { set: ActivitySet; reports: ActivityFileReport[] } {
  // Every distinct contact value of every file, looked up while the record ids are read once.
  const wanted = new Map<string, { file: number; code: number }[]>();
  const want = (key: string, file: number, code: number): void => {
    const list = wanted.get(key);
    if (list) list.push({ file, code });
    else wanted.set(key, [{ file, code }]);
  };
  const contactCols = files.map(
    (f) => f.records['activity:contact' as keyof RecordSet] as TextColumn | undefined,
  );
  contactCols.forEach((col, fi) =>
    col?.values.forEach((v, code) => {
      for (const id of splitIds(v)) {
        want(id, fi, code);
        if (id.length === 18) want(id.slice(0, 15), fi, code);
      }
    }),
  );
  const targets = contactCols.map((col) => (col ? col.values.map(() => [] as number[]) : []));
  let index = 0;
  for (const id of records.ids) {
    const hits = wanted.get(id) ?? (id.length === 18 ? wanted.get(id.slice(0, 15)) : undefined);
    if (hits)
      for (const h of hits)
        if (!targets[h.file]![h.code]!.includes(index)) targets[h.file]![h.code]!.push(index);
    index++;
  }

  const rec: number[] = [];
  const at: number[] = [];
  const channel: number[] = [];
  const flags: number[] = [];
  const reports: ActivityFileReport[] = [];
  const spans: ActivitySet['files'] = [];
  files.forEach((f, fi) => {
    const r = f.records;
    const col = (field: ActivityField) => r[`activity:${field}` as keyof RecordSet] as TextColumn | undefined;
    const when = r['activity:at' as keyof RecordSet] as Float64Array | undefined;
    const contact = contactCols[fi];
    const time = col('time');
    // Each column's values normalised once, not per row.
    const norm = (field: ActivityField): ((i: number) => string) => {
      const c = col(field);
      const values = c?.values.map(normalizeHeader) ?? [];
      return (i) => (c ? (values[c.codes[i]!] ?? '') : '');
    };
    const cells = {
      type: norm('type'),
      outcome: norm('outcome'),
      direction: norm('direction'),
      status: norm('status'),
      source: norm('source'),
      subject: norm('subject'),
    };
    const report: ActivityFileReport = {
      file: f.file,
      activities: 0,
      linked: 0,
      unmatched: { count: 0, examples: [] },
      incomplete: 0,
      byChannel: {},
      connects: 0,
      automated: 0,
      inbound: 0,
      planned: 0,
      unknownTypes: [],
      unknownOutcomes: [],
    };
    const unknownTypes = new Map<string, number>();
    const unknownOutcomes = new Map<string, number>();
    const unmatched = new Set<string>();
    let first = Infinity;
    let last = -Infinity;
    for (let i = 0; i < r.size; i++) {
      const code = contact?.codes[i] ?? MISSING_CODE;
      let t = when ? when[i]! : NaN;
      if (code === MISSING_CODE || t !== t) {
        report.incomplete++;
        continue;
      }
      const extra = textAt(time, i);
      if (extra !== undefined) t = withTime(t, extra, opts);
      report.activities++;
      const traits = classifyNormalized({
        fallback: f.channel ?? 'other',
        type: cells.type(i),
        outcome: cells.outcome(i),
        direction: cells.direction(i),
        status: cells.status(i),
        source: cells.source(i),
        subject: cells.subject(i),
      });
      const to = targets[fi]![code]!;
      if (to.length === 0) {
        const v = contact!.values[code]!;
        if (!unmatched.has(v)) {
          unmatched.add(v);
          if (report.unmatched.examples.length < MAX_EXAMPLES) report.unmatched.examples.push(v);
        }
        continue;
      }
      report.linked++;
      if (t < first) first = t;
      if (t > last) last = t;
      report.byChannel[traits.channel] = (report.byChannel[traits.channel] ?? 0) + 1;
      if (traits.flags & ActivityFlag.connect) report.connects++;
      if (traits.flags & ActivityFlag.automated) report.automated++;
      if (traits.flags & ActivityFlag.inbound) report.inbound++;
      if (traits.flags & ActivityFlag.planned) report.planned++;
      if (traits.unknownType) bump(unknownTypes, textAt(col('type'), i)!);
      if (traits.unknownOutcome) bump(unknownOutcomes, textAt(col('outcome'), i)!);
      for (const target of to) {
        rec.push(target);
        at.push(t);
        channel.push(ACTIVITY_CHANNELS.indexOf(traits.channel));
        flags.push(traits.flags);
      }
    }
    report.unmatched.count = unmatched.size;
    report.unknownTypes = top(unknownTypes);
    report.unknownOutcomes = top(unknownOutcomes);
    reports.push(report);
    spans.push({
      name: f.file,
      first: Number.isFinite(first) ? first : NaN,
      last: Number.isFinite(last) ? last : NaN,
      count: report.linked,
    });
  });
  return { set: group(records.size, rec, at, channel, flags, spans), reports };
}

const splitIds = (v: string): string[] =>
  v
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

function bump(m: Map<string, number>, v: string): void {
  m.set(v, (m.get(v) ?? 0) + 1);
}
const top = (m: Map<string, number>) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_VALUES)
    .map(([value, count]) => ({ value, count }));

const DAY = 86_400_000;
/** A due time (`14:30`, `2:30 PM`, `14:30:00`) added to an instant that is a bare local date. */
function withTime(
  t: number,
  time: string,
  z: { toInstant(wall: number): number; toWall(instant: number): number },
): number {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?\s?m\.?)?$/i.exec(time.trim());
  if (!m) return t;
  const wall = z.toWall(t);
  if (wall % DAY !== 0) return t; // already has a time of day
  let h = Number(m[1]);
  if (m[4]) h = (h % 12) + (/^p/i.test(m[4]) ? 12 : 0);
  return z.toInstant(wall + ((h * 60 + Number(m[2])) * 60 + Number(m[3] ?? 0)) * 1000);
}

/** The activities grouped by record (counting sort), each record's in time order. */
function group(
  size: number,
  rec: number[],
  at: number[],
  channel: number[],
  flags: number[],
  files: ActivitySet['files'],
): ActivitySet {
  const start = new Uint32Array(size + 1);
  for (const r of rec) start[r + 1]!++;
  for (let i = 0; i < size; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, size);
  const n = rec.length;
  const out = { at: new Float64Array(n), channel: new Uint8Array(n), flags: new Uint8Array(n) };
  for (let k = 0; k < n; k++) {
    const p = fill[rec[k]!]!++;
    out.at[p] = at[k]!;
    out.channel[p] = channel[k]!;
    out.flags[p] = flags[k]!;
  }
  // Insertion sort per record: a record has a handful of activities.
  for (let i = 0; i < size; i++) {
    for (let p = start[i]! + 1; p < start[i + 1]!; p++) {
      const t = out.at[p]!;
      const c = out.channel[p]!;
      const f = out.flags[p]!;
      let q = p - 1;
      for (; q >= start[i]! && out.at[q]! > t; q--) {
        out.at[q + 1] = out.at[q]!;
        out.channel[q + 1] = out.channel[q]!;
        out.flags[q + 1] = out.flags[q]!;
      }
      out.at[q + 1] = t;
      out.channel[q + 1] = c;
      out.flags[q + 1] = f;
    }
  }
  return { start, ...out, files };
}
