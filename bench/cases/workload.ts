/**
 * The workload every import/compliance case shares: the B2B template workbook (Spanish, Madrid
 * calendar) and the import request the wizard would build for a generated HubSpot export — the
 * HubSpot preset's suggested mapping onto the workbook's stages.
 */
import { suggestMapping } from '../../src/shared/import/presets';
import type { ImportRequest } from '../../src/shared/import/types';
import type { Workbook } from '../../src/shared/workbook/schema';
import { b2bWorkbook } from '../../src/shared/workbook/templates/b2b';
import { HEADERS } from '../generate/hubspot-contacts';

export const SEED = 20260115;
export const ROWS = { '100k': 100_000, '1m': 1_000_000 } as const;
export type Size = keyof typeof ROWS;

export const benchWorkbook = (): Workbook => b2bWorkbook('es', new Date('2026-01-15T09:00:00Z'));

export function importRequest(path: string, workbook: Workbook): ImportRequest {
  const suggestion = suggestMapping([[...HEADERS]], workbook.stages);
  if (suggestion.presetId !== 'hubspot' || !suggestion.mapping.id) {
    throw new Error(`the HubSpot preset did not match the generated headers: ${JSON.stringify(suggestion)}`);
  }
  return { sources: [{ path }], mapping: suggestion.mapping, timeZone: workbook.calendar.timeZone };
}
