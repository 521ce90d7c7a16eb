import type { StageKind } from '../workbook/schema';
import type { RecordField } from '../records/record-set';
import type { FieldMapping, JoinSpec } from './types';

/** A field as presets name it: stage entries by stage *kind*, bound to the workbook's stage ids later. */
export type PresetField = Exclude<RecordField, `stage:${string}`> | `stage:${Exclude<StageKind, 'custom'>}`;

export interface Preset {
  id: string;
  /** Brand names are not translated. */
  label: string;
  /** Header aliases per field, best first; matched after `normalizeHeader`. */
  fields: Partial<Record<PresetField, string[]>>;
  /** Two-file exports: the key column in the primary file and in the joined one. */
  join?: { left: string; right: string; primaryMarker: string };
}

/** Case, accents, quotes and punctuation do not distinguish headers (`Create Date` = `create_date`). */
export function normalizeHeader(h: string): string {
  return h
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Usual names of the custom "rejected by sales" fields (no CRM has a standard one). */
const SALES_REJECTED = ['Rejected Date', 'Date Rejected by Sales', 'MQL Rejected Date', 'SAL Rejected Date'];
const REJECTION_REASON = ['Rejection Reason', 'MQL Rejection Reason', 'SAL Rejection Reason'];
/**
 * Usual names of a custom "score at hand-over" field (a copy of the score taken by a workflow when the
 * lead became an MQL; no CRM has a standard one). A scoring clause prefers it to the current score.
 */
const HANDOVER_SCORE = [
  'Score at hand-over',
  'Score at handover',
  'Score at handoff',
  'Score at MQL',
  'MQL Score',
  'Lead Score at MQL',
  'Lead Score at hand-over',
  'Score_at_MQL__c',
];
const HANDOVER_SCORE_ES = ['Puntuación al traspaso', 'Puntuación en el traspaso', 'Puntuación como MQL'];

const hubspotEntered = (stage: string): string[] => [
  `Date entered "${stage} (Lifecycle Stage Pipeline)"`,
  `Date entered ${stage}`,
];

/**
 * Presets for the CRMs in docs (see /work/shared/reference/crm-exports.md). HubSpot has two header
 * generations (legacy `Became a … Date`, newer `Date entered "… (Lifecycle Stage Pipeline)"`) and
 * internal names; Spanish labels are partly unverified, so the wizard shows the suggestion for
 * confirmation rather than applying it silently.
 */
export const PRESETS: Preset[] = [
  {
    id: 'hubspot',
    label: 'HubSpot',
    fields: {
      id: ['Record ID', 'Contact ID', 'Deal ID', 'hs_object_id', 'vid'],
      created: ['Create Date', 'Object create date/time', 'createdate'],
      firstTouch: [
        'First outreach date',
        'Date of first engagement',
        'hs_first_outreach_date',
        'hs_sa_first_engagement_date',
      ],
      owner: ['Contact owner', 'Deal owner', 'HubSpot Owner', 'hubspot_owner_id'],
      channel: ['Original Traffic Source', 'Original Source', 'hs_analytics_source'],
      status: [
        'Lead Status',
        'hs_lead_status',
        'Lifecycle Stage',
        'lifecyclestage',
        'Deal Stage',
        'dealstage',
      ],
      amount: ['Amount', 'Amount in company currency', 'amount'],
      score: ['HubSpot Score', 'hubspotscore', 'Lead Score', 'hs_lead_score'],
      currentStage: ['Lifecycle Stage', 'lifecyclestage'],
      lostReason: ['Closed Lost Reason', 'closed_lost_reason'],
      recycledAt: ['Latest Disqualified Lead Date'],
      // HubSpot has no standard rejection properties: these are the usual custom ones.
      rejectedAt: SALES_REJECTED,
      rejectReason: REJECTION_REASON,
      handoverScore: HANDOVER_SCORE,
      'stage:lead': [
        'Became a Lead Date',
        ...hubspotEntered('Lead'),
        'hs_lifecyclestage_lead_date',
        'hs_v2_date_entered_lead',
      ],
      'stage:mql': [
        'Became a Marketing Qualified Lead Date',
        ...hubspotEntered('Marketing Qualified Lead'),
        'hs_lifecyclestage_marketingqualifiedlead_date',
        'hs_v2_date_entered_marketingqualifiedlead',
      ],
      'stage:sql': [
        'Became a Sales Qualified Lead Date',
        ...hubspotEntered('Sales Qualified Lead'),
        'hs_lifecyclestage_salesqualifiedlead_date',
        'hs_v2_date_entered_salesqualifiedlead',
      ],
      'stage:opportunity': [
        'Became an Opportunity Date',
        ...hubspotEntered('Opportunity'),
        'hs_lifecyclestage_opportunity_date',
        'hs_v2_date_entered_opportunity',
      ],
      'stage:customer': [
        'Became a Customer Date',
        ...hubspotEntered('Customer'),
        'hs_lifecyclestage_customer_date',
        'hs_v2_date_entered_customer',
      ],
    },
  },
  {
    id: 'hubspot-es',
    label: 'HubSpot (español)',
    fields: {
      id: ['ID de registro', 'ID del registro', 'ID de contacto', 'ID del negocio'],
      created: ['Fecha de creación', 'Fecha de creacion'],
      firstTouch: ['Fecha del primer alcance', 'Fecha de la primera interacción'],
      owner: ['Propietario del contacto', 'Propietario del negocio', 'Propietario de HubSpot'],
      channel: ['Fuente de tráfico original', 'Fuente original'],
      status: ['Estado del lead', 'Etapa del ciclo de vida', 'Etapa del negocio'],
      amount: ['Importe', 'Valor', 'Importe en la moneda de la empresa'],
      score: ['Puntuación de HubSpot', 'Puntuación HubSpot', 'Puntuación del lead'],
      rejectedAt: ['Fecha de rechazo', 'Fecha de rechazo por ventas', 'Rechazado por ventas'],
      rejectReason: ['Motivo de rechazo', 'Motivo del rechazo'],
      handoverScore: HANDOVER_SCORE_ES,
      currentStage: ['Etapa del ciclo de vida', 'Fase del ciclo de vida'],
      lostReason: ['Motivo de pérdida', 'Motivo de cierre perdido'],
      'stage:lead': ['Fecha en que se convirtió en lead', 'Fecha introducida Lead'],
      'stage:mql': [
        'Fecha en que se convirtió en lead calificado por marketing',
        'Fecha introducida Lead calificado por marketing',
      ],
      'stage:sql': [
        'Fecha en que se convirtió en lead calificado para ventas',
        'Fecha introducida Lead calificado para ventas',
      ],
      'stage:opportunity': ['Fecha en que se convirtió en oportunidad', 'Fecha introducida Oportunidad'],
      'stage:customer': ['Fecha en que se convirtió en cliente', 'Fecha introducida Cliente'],
    },
  },
  {
    id: 'salesforce',
    label: 'Salesforce',
    fields: {
      id: ['Lead ID', 'Opportunity ID', 'Id'],
      created: ['Created Date', 'CreatedDate'],
      owner: ['Lead Owner', 'Opportunity Owner', 'Owner Name', 'Owner', 'OwnerId'],
      channel: ['Lead Source', 'LeadSource'],
      status: ['Lead Status', 'Status', 'Stage', 'StageName'],
      amount: ['Amount'],
      // Lead scores come from Account Engagement (Pardot) or Einstein; rejections from custom fields.
      score: ['Score', 'Pardot Score', 'pi__score__c', 'Lead Score', 'Einstein Score'],
      rejectedAt: [...SALES_REJECTED, 'Rejected_Date__c'],
      rejectReason: [...REJECTION_REASON, 'Rejection_Reason__c'],
      handoverScore: HANDOVER_SCORE,
      currentStage: ['Lead Status', 'Status', 'Stage', 'StageName'],
      stageChangedAt: ['Last Status Change', 'Last Stage Change Date', 'LastStageChangeDate'],
      lostReason: ['Loss Reason', 'Lost Reason', 'LossReason__c'],
      firstTouch: ['First Contact Date', 'First_Contact_Date__c'],
      'stage:sql': ['Converted Date', 'ConvertedDate'],
      'stage:customer': ['Won Date', 'Closed Won Date'],
    },
  },
  {
    id: 'pipedrive',
    label: 'Pipedrive',
    fields: {
      id: ['Deal - ID', 'Person - ID', 'Lead - ID'],
      created: ['Deal - Deal created', 'Person - Person created', 'Deal - Add time'],
      owner: ['Deal - Owner', 'Person - Owner', 'Owner'],
      channel: ['Deal - Lead Source', 'Deal - Source', 'Deal - Source channel'],
      status: ['Deal - Status', 'Deal - Stage'],
      amount: ['Deal - Value', 'Deal value', 'Value'],
      lostReason: ['Deal - Lost reason'],
      firstTouch: ['Deal - First activity date'],
      'stage:customer': ['Deal - Won time', 'Won time'],
    },
  },
  {
    id: 'zoho',
    label: 'Zoho CRM',
    fields: {
      id: ['Record Id', 'Lead Id', 'Deal Id'],
      created: ['Created Time'],
      owner: ['Lead Owner', 'Deal Owner', 'Owner'],
      channel: ['Lead Source'],
      status: ['Lead Status', 'Stage'],
      amount: ['Amount'],
      // Zoho's scoring rules write Score (with Positive and Negative Score beside it).
      score: ['Score', 'Lead Score'],
      lostReason: ['Reason For Loss', 'Lost Reason'],
      firstTouch: ['First Contacted Time', 'First Visited Time'],
      'stage:customer': ['Closing Date'],
    },
  },
  {
    id: 'olist',
    label: 'Olist (marketing funnel)',
    fields: {
      id: ['mql_id'],
      'stage:mql': ['first_contact_date'],
      'stage:customer': ['won_date'],
      channel: ['origin'],
      owner: ['sr_id', 'sdr_id'],
    },
    join: { left: 'mql_id', right: 'mql_id', primaryMarker: 'first_contact_date' },
  },
];

export const presetById = (id: string): Preset | undefined => PRESETS.find((p) => p.id === id);

export interface StageRef {
  id: string;
  kind: StageKind;
}

export interface Suggestion {
  presetId: string | undefined;
  mapping: FieldMapping;
  join?: JoinSpec;
  /** How many fields matched: the wizard shows a suggestion with few matches as a mere hint. */
  matched: number;
}

/** `"<sourceIndex>:<header>"`, the column reference format of `FieldMapping`. */
export const columnRef = (source: number, header: string): string => `${source}:${header}`;

function apply(preset: Preset, files: string[][], stages: StageRef[]): Suggestion {
  const normalized = files.map((hs) => hs.map(normalizeHeader));
  // Primary file: the one with the preset's marker column, else the first.
  let primary = 0;
  if (preset.join) {
    const marker = normalizeHeader(preset.join.primaryMarker);
    const at = normalized.findIndex((hs) => hs.includes(marker));
    if (at >= 0) primary = at;
  }
  const order = [primary, ...files.map((_, i) => i).filter((i) => i !== primary)];
  const mapping: FieldMapping = {};
  let matched = 0;
  for (const [field, aliases] of Object.entries(preset.fields) as [PresetField, string[]][]) {
    const targets: RecordField[] = field.startsWith('stage:')
      ? stages.filter((s) => `stage:${s.kind}` === field).map((s) => `stage:${s.id}` as const)
      : [field];
    if (targets.length === 0) continue;
    search: for (const alias of aliases) {
      const a = normalizeHeader(alias);
      for (const fi of order) {
        const col = normalized[fi]!.indexOf(a);
        if (col < 0) continue;
        // The id and join keys must come from the primary file.
        if (field === 'id' && fi !== primary) continue;
        for (const t of targets) mapping[t] = columnRef(fi, files[fi]![col]!);
        matched++;
        break search;
      }
    }
  }
  let join: JoinSpec | undefined;
  if (files.length > 1) {
    const second = order[1]!;
    const left = preset.join?.left ?? '';
    const right = preset.join?.right ?? '';
    const li = normalized[primary]!.indexOf(normalizeHeader(left));
    const ri = normalized[second]!.indexOf(normalizeHeader(right));
    if (li >= 0 && ri >= 0) {
      join = { sourceIndex: second, leftColumn: files[primary]![li]!, rightColumn: files[second]![ri]! };
    }
  }
  return { presetId: preset.id, mapping, join, matched };
}

/**
 * Suggests a mapping from the files' headers: the preset matching the most fields wins. With two
 * files and no preset join, a header present in both files whose name looks like an id is offered.
 */
export function suggestMapping(files: string[][], stages: StageRef[]): Suggestion {
  let best: Suggestion = { presetId: undefined, mapping: {}, matched: 0 };
  if (files.length === 0) return best;
  for (const p of PRESETS) {
    const s = apply(p, files, stages);
    if (s.matched > best.matched) best = s;
  }
  if (files.length > 1 && !best.join) {
    const [a = [], b = []] = files;
    const shared = a.find(
      (h) => /\bid\b|_id$|\bid$/i.test(h) && b.some((k) => normalizeHeader(k) === normalizeHeader(h)),
    );
    if (shared) {
      const right = b.find((k) => normalizeHeader(k) === normalizeHeader(shared))!;
      best = { ...best, join: { sourceIndex: 1, leftColumn: shared, rightColumn: right } };
    }
  }
  return best;
}
