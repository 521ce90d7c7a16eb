import { create } from 'zustand';
import { SECTIONS, type Section } from '../../../shared/workbook/diff';

/** An editor screen: one per section of the agreement (its `meta` is General), then sign-off and the checklist. */
export type SectionId = Exclude<Section, 'meta'> | 'general' | 'signoff' | 'checklist';

/** The screen that edits a section of the agreement. */
export const screenOf = (s: Section): SectionId => (s === 'meta' ? 'general' : s);

/** The editor's screens, in the order of the workbook (and of presentation mode). */
export const SECTION_IDS: readonly SectionId[] = [...SECTIONS.map(screenOf), 'signoff', 'checklist'];

/** The section on screen survives switching to another feature and back. */
export const sectionStore = create<{ section: SectionId }>()(() => ({ section: 'general' }));

export function stepSection(delta: number): void {
  const i = SECTION_IDS.indexOf(sectionStore.getState().section);
  const next = SECTION_IDS[Math.min(SECTION_IDS.length - 1, Math.max(0, i + delta))];
  if (next) sectionStore.setState({ section: next });
}
