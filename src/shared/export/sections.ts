import type { Workbook } from '../workbook/schema';
import { latestResult, type Translate } from './agreement-text';
import { planScenario } from '../funnel/plan';

/**
 * The agreement's sections in document order, as both the print view (which renders them) and the
 * PDF post-processing (which bookmarks them) see them. A section the workbook has no content for
 * (no plan of record, no import, no notes) is left out of both.
 */
export const SECTION_IDS = [
  'summary',
  'parties',
  'personas',
  'stages',
  'scoring',
  'commitments',
  'feedback',
  'playbook',
  'review',
  'calendar',
  'funnel',
  'compliance',
  'notes',
  'signOff',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface SectionHead {
  id: SectionId;
  /** Printed number ("3."), none for the executive summary which precedes the numbered sections. */
  number: number | null;
  title: string;
}

export function agreementSections(doc: Workbook, t: Translate): SectionHead[] {
  const scenario = doc.scenarios.items.find((s) => s.id === doc.scenarios.planOfRecordId);
  const present: Record<SectionId, boolean> = {
    summary: true,
    parties: true,
    personas: true,
    stages: true,
    scoring: true,
    commitments: true,
    feedback: true,
    playbook: true,
    review: true,
    calendar: true,
    funnel: scenario ? planScenario(doc.stages, scenario).ok : false,
    compliance: latestResult(doc.imports.snapshots) !== null,
    notes: doc.notes.trim() !== '',
    signOff: true,
  };
  let n = 0;
  return SECTION_IDS.filter((id) => present[id]).map((id) => ({
    id,
    number: id === 'summary' ? null : ++n,
    title: t(`pdf.sections.${id}`),
  }));
}
