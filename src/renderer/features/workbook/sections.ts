import { create } from 'zustand';

/** The editor's screens, in the order of the workbook (and of presentation mode). */
export const SECTION_IDS = [
  'general',
  'parties',
  'personas',
  'stages',
  'scoring',
  'clauses',
  'feedback',
  'playbook',
  'review',
  'calendar',
  'signoff',
  'checklist',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** The section on screen survives switching to another feature and back. */
export const sectionStore = create<{ section: SectionId }>()(() => ({ section: 'general' }));

export function stepSection(delta: number): void {
  const i = SECTION_IDS.indexOf(sectionStore.getState().section);
  const next = SECTION_IDS[Math.min(SECTION_IDS.length - 1, Math.max(0, i + delta))];
  if (next) sectionStore.setState({ section: next });
}
