import { FILE_KIND, SCHEMA_VERSION, type Language, type Stage, type Workbook } from './schema';
import { newId } from './ids';

const STAGE_KINDS: Stage['kind'][] = ['visit', 'lead', 'mql', 'sql', 'opportunity', 'customer'];
const STAGE_NAMES: Record<Language, string[]> = {
  en: ['Visit', 'Lead', 'MQL', 'SQL', 'Opportunity', 'Customer'],
  es: ['Visita', 'Lead', 'MQL', 'SQL', 'Oportunidad', 'Cliente'],
};

/** The default lifecycle: Visit → Lead → MQL → SQL → Opportunity → Customer, with stable ids. */
export function defaultStages(lang: Language): Stage[] {
  return STAGE_KINDS.map((kind, i) => ({
    id: kind,
    name: STAGE_NAMES[lang][i] ?? kind,
    kind,
    definition: '',
    entryCriteria: '',
    exitCriteria: '',
    ownerTeamId: '',
  }));
}

/** An empty workbook: every section present, nothing filled in. */
export function blankWorkbook(lang: Language, now: Date, timeZone = 'Europe/Madrid'): Workbook {
  const iso = now.toISOString();
  return {
    kind: FILE_KIND,
    schemaVersion: SCHEMA_VERSION,
    id: newId(),
    meta: { title: '', company: '', language: lang, currency: 'EUR', createdAt: iso, updatedAt: iso },
    parties: { teams: [], raci: [], notes: '' },
    personas: [],
    stages: defaultStages(lang),
    scoring: { threshold: 50, criteria: [] },
    clauses: [],
    feedback: { channels: '', reports: [], meetings: [] },
    playbook: [],
    review: { consecutiveMisses: 2, reviewDate: '', renegotiation: '', termination: '' },
    calendar: {
      timeZone,
      workingDays: [1, 2, 3, 4, 5],
      start: '09:00',
      end: '18:00',
      holidays: [],
      fiscalYearStartMonth: 1,
    },
    signOff: { currentRevision: 1, revisions: [], effectiveDate: '', changeNote: '' },
    scenarios: { planOfRecordId: '', items: [] },
    imports: { mappings: [], snapshots: [] },
    notes: '',
  };
}
