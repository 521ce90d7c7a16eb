import type { Clause, Workbook } from './schema';
import type { Section } from './diff';
import { maxScore } from './scoring';
import { staleTitleNumbers } from './clause-title';

/**
 * A problem in the workbook, shown inline next to the field and in the checklist. Issues never block
 * editing or saving: a workshop fills the agreement in over several sessions.
 */
export interface Issue {
  /** `error`: the agreement is wrong or cannot be measured; `warning`: it is incomplete. */
  severity: 'error' | 'warning';
  /** Key under `validation.` in the `workbook` catalog. */
  code: string;
  section: Section;
  /** The item (team, persona, stage, criterion, clause, …) the issue is about. */
  itemId?: string;
  field?: string;
  params?: Record<string, string | number>;
}

/** The plausible range of each measured target: outside it a clause cannot be met or means nothing. */
export const TARGET_RANGES: Record<string, { min: number; max: number; minExclusive?: boolean }> = {
  target: { min: 0, max: 1_000_000, minExclusive: true },
  targetShare: { min: 0, max: 1, minExclusive: true },
  targetRate: { min: 0, max: 1, minExclusive: true },
  limitHours: { min: 0, max: 720, minExclusive: true },
  windowDays: { min: 1, max: 365 },
  stallDays: { min: 1, max: 365 },
  decideWithinDays: { min: 1, max: 365 },
  targetDays: { min: 0, max: 365, minExclusive: true },
};

const blank = (s: string): boolean => s.trim() === '';

/** Stage references of a clause, by field, in the order the clause expects them. */
export function clauseStageRefs(c: Clause): [field: string, stageId: string][] {
  switch (c.type) {
    case 'volume':
    case 'responseTime':
    case 'cadence':
    case 'scoring':
    case 'recycling':
    case 'revenue':
    case 'capacity':
      return [['stageId', c.stageId]];
    case 'acceptance':
    case 'acceptanceRate':
      return [
        ['stageId', c.stageId],
        ['acceptStageId', c.acceptStageId],
      ];
    case 'conversion':
    case 'velocity':
      return [
        ['fromStageId', c.fromStageId],
        ['toStageId', c.toStageId],
      ];
    case 'qualitative':
      return [];
  }
}

/** An IANA zone name Intl knows. */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export function validateWorkbook(doc: Workbook): Issue[] {
  const issues: Issue[] = [];
  const add = (i: Issue) => issues.push(i);
  /** An issue about one field of an item; `item`, when given, names the item in the message. */
  const fieldIssue = (
    severity: Issue['severity'],
    code: string,
    section: Section,
    itemId: string,
    field: string | undefined,
    item?: string,
  ) => add({ severity, code, section, itemId, field, ...(item === undefined ? {} : { params: { item } }) });
  const teams = new Map(doc.parties.teams.map((t) => [t.id, t]));
  const stageIndex = new Map(doc.stages.map((s, i) => [s.id, i]));
  const owner = (section: Section, itemId: string, item: string, teamId: string) => {
    if (teamId === '') fieldIssue('warning', 'ownerMissing', section, itemId, 'ownerTeamId', item);
    else if (!teams.has(teamId)) fieldIssue('error', 'ownerDeleted', section, itemId, 'ownerTeamId', item);
  };

  if (blank(doc.meta.title))
    add({ severity: 'error', code: 'titleMissing', section: 'meta', field: 'title' });

  // Parties
  if (teams.size < 2) add({ severity: 'warning', code: 'fewTeams', section: 'parties' });
  for (const t of doc.parties.teams) {
    const item = t.name || '—';
    if (blank(t.name)) fieldIssue('error', 'teamNameMissing', 'parties', t.id, 'name');
    if (blank(t.owner)) fieldIssue('warning', 'teamOwnerMissing', 'parties', t.id, 'owner', item);
    if (blank(t.approver)) fieldIssue('warning', 'teamApproverMissing', 'parties', t.id, 'approver', item);
  }
  for (const row of doc.parties.raci) {
    const item = row.activity || '—';
    if (blank(row.activity)) fieldIssue('error', 'activityMissing', 'parties', row.id, 'activity');
    const accountable = doc.parties.teams.filter((t) => row.roles[t.id] === 'A').length;
    if (teams.size > 0 && accountable !== 1)
      add({
        severity: 'warning',
        code: 'raciAccountable',
        section: 'parties',
        itemId: row.id,
        params: { item, count: accountable },
      });
  }

  // Personas
  for (const p of doc.personas) {
    const item = p.name || '—';
    if (blank(p.name)) fieldIssue('error', 'personaNameMissing', 'personas', p.id, 'name');
    if (blank(p.role)) fieldIssue('warning', 'personaRoleMissing', 'personas', p.id, 'role', item);
    const pending = doc.parties.teams.filter((t) => !p.agreedBy[t.id]).map((t) => t.name);
    if (p.status === 'agreed' && pending.length)
      add({
        severity: 'warning',
        code: 'personaNotAccepted',
        section: 'personas',
        itemId: p.id,
        params: { item, teams: pending.join(', ') },
      });
  }

  // Stages
  const names = new Map<string, number>();
  for (const s of doc.stages)
    names.set(s.name.trim().toLowerCase(), (names.get(s.name.trim().toLowerCase()) ?? 0) + 1);
  for (const s of doc.stages) {
    const item = s.name || '—';
    if (blank(s.name)) fieldIssue('error', 'stageNameMissing', 'stages', s.id, 'name');
    else if ((names.get(s.name.trim().toLowerCase()) ?? 0) > 1)
      fieldIssue('error', 'stageNameDuplicate', 'stages', s.id, 'name', item);
    if (blank(s.definition))
      fieldIssue('warning', 'stageDefinitionMissing', 'stages', s.id, 'definition', item);
    owner('stages', s.id, item, s.ownerTeamId);
  }
  const kindAt = (kind: string) => doc.stages.findIndex((s) => s.kind === kind);
  const sal = kindAt('sal');
  if (sal >= 0 && !(kindAt('mql') < sal && sal < kindAt('sql')))
    add({ severity: 'warning', code: 'salOutOfPlace', section: 'stages', itemId: doc.stages[sal]?.id });

  // Scoring
  const max = maxScore(doc.scoring.criteria);
  if (doc.scoring.criteria.length === 0) add({ severity: 'warning', code: 'noCriteria', section: 'scoring' });
  else if (doc.scoring.threshold > max)
    add({
      severity: 'error',
      code: 'thresholdUnreachable',
      section: 'scoring',
      field: 'threshold',
      params: { threshold: doc.scoring.threshold, max },
    });
  for (const c of doc.scoring.criteria) {
    if (blank(c.label)) fieldIssue('error', 'criterionLabelMissing', 'scoring', c.id, 'label');
  }

  // Clauses
  for (const c of doc.clauses) {
    const item = c.title || '—';
    const at = { section: 'clauses' as const, itemId: c.id };
    if (blank(c.title)) fieldIssue('error', 'clauseTitleMissing', 'clauses', c.id, 'title');
    const stale = staleTitleNumbers(c);
    if (stale.length > 0)
      add({
        severity: 'warning',
        code: 'clauseTitleStale',
        ...at,
        field: 'title',
        params: { item, numbers: stale.join(', ') },
      });
    owner('clauses', c.id, item, c.ownerTeamId);
    const refs = clauseStageRefs(c);
    for (const [field, stageId] of refs) {
      if (!stageIndex.has(stageId)) fieldIssue('error', 'deletedStage', 'clauses', c.id, field, item);
    }
    const [first, second] = refs.map(([, id]) => stageIndex.get(id));
    if (first !== undefined && second !== undefined && first >= second)
      fieldIssue('error', 'stageOrder', 'clauses', c.id, refs[1]?.[0], item);
    for (const [field, range] of Object.entries(TARGET_RANGES)) {
      const value = (c as Record<string, unknown>)[field];
      if (typeof value !== 'number') continue;
      const low = range.minExclusive ? value <= range.min : value < range.min;
      if (low || value > range.max)
        add({
          severity: 'error',
          code: 'targetOutOfRange',
          ...at,
          field,
          params: { item, min: range.min, max: range.max },
        });
    }
    if (blank(c.consequence))
      fieldIssue('warning', 'consequenceMissing', 'clauses', c.id, 'consequence', item);
    if (c.type === 'acceptance' && c.reasonCodes.filter((r) => !blank(r)).length === 0)
      fieldIssue('warning', 'reasonCodesMissing', 'clauses', c.id, 'reasonCodes', item);
    if (c.type === 'qualitative' && blank(c.text))
      fieldIssue('error', 'clauseTextMissing', 'clauses', c.id, 'text', item);
  }

  // Feedback, playbook, review
  if (doc.feedback.meetings.length === 0)
    add({ severity: 'warning', code: 'noMeetings', section: 'feedback' });
  for (const p of doc.playbook) {
    if (blank(p.problem)) fieldIssue('error', 'problemMissing', 'playbook', p.id, 'problem');
    if (blank(p.action)) fieldIssue('warning', 'actionMissing', 'playbook', p.id, 'action', p.problem || '—');
  }
  if (doc.review.reviewDate === '')
    add({ severity: 'warning', code: 'reviewDateMissing', section: 'review', field: 'reviewDate' });

  // Calendar
  const cal = doc.calendar;
  if (!isTimeZone(cal.timeZone))
    add({
      severity: 'error',
      code: 'timeZoneInvalid',
      section: 'calendar',
      field: 'timeZone',
      params: { tz: cal.timeZone },
    });
  if (cal.workingDays.length === 0)
    add({ severity: 'error', code: 'noWorkingDays', section: 'calendar', field: 'workingDays' });
  if (cal.start === cal.end)
    add({ severity: 'error', code: 'emptyHours', section: 'calendar', field: 'end' });

  return issues;
}
