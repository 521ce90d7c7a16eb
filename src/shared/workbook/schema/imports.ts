import { z } from 'zod';
import { Id, IsoDateTime, ShortText } from './common';
import { ComplianceResult } from './compliance-result';

export * from './compliance-result';

/**
 * Imports: saved column mappings and the summaries (snapshots) of past imports, so the compliance
 * dashboard reopens without the CSV files. Owned by the import / compliance feature.
 */
export const ColumnMapping = z.object({
  id: Id,
  name: ShortText,
  /** Record field → source column header. Field names are defined by the import feature. */
  fields: z.record(z.string().max(128), ShortText),
});
export type ColumnMapping = z.infer<typeof ColumnMapping>;

export const SnapshotFile = z.object({
  name: ShortText,
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  rows: z.number().int().min(0),
});

export const Snapshot = z.object({
  id: Id,
  importedAt: IsoDateTime,
  asOf: IsoDateTime,
  files: z.array(SnapshotFile).max(10),
  /** Record field → source column, as mapped for this import (and the preset it started from). */
  mapping: ColumnMapping.shape.fields.optional(),
  preset: ShortText.optional(),
  /** The measured result, as produced by the compliance engine. */
  result: ComplianceResult,
});
export type Snapshot = z.infer<typeof Snapshot>;

export const Imports = z.object({
  mappings: z.array(ColumnMapping).max(100),
  snapshots: z.array(Snapshot).max(200),
});
export type Imports = z.infer<typeof Imports>;
