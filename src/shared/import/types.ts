import type { ActivityChannel, RecordField, RecordSet } from '../records/record-set';
import type { ActivityFileReport } from './activities';

/** The encodings the importer recognises (names as iconv-lite and TextDecoder spell them). */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type Delimiter = ',' | ';' | '\t' | '|';
export type DateOrder = 'dmy' | 'mdy';

/** What the sniffer learned about one file's layout: enough to stream it without looking again. */
export interface CsvDialect {
  encoding: TextEncoding;
  /** Bytes of byte-order mark to skip. */
  bomLength: number;
  delimiter: Delimiter;
  /** `mixed`: more than one kind between rows (exports concatenated); every break is read as one. */
  lineEnding: 'crlf' | 'lf' | 'cr' | 'mixed';
  /** Rows before the header (report titles, blank lines) to skip. */
  headerIndex: number;
  headers: string[];
}

/**
 * A column reference in a mapping: `"<sourceIndex>:<header>"`, or a bare header for the primary file.
 * Kept as text so a mapping saved in the workbook reads the same in the wizard, the CLI and the worker.
 */
export type ColumnRef = string;

/** Record field → column. `id` is required; any other field may be left unmapped. */
export type FieldMapping = Partial<Record<RecordField, ColumnRef>>;

export interface JoinSpec {
  /** The file joined onto the primary one (e.g. deals onto leads). */
  sourceIndex: number;
  /** Key column in the primary file. */
  leftColumn: string;
  /** Key column in the joined file. */
  rightColumn: string;
}

/**
 * Dates outside this window are set aside as implausible: CRM placeholders (`1900-01-01`), typos
 * (`9999-12-31`, `0001-01-01`). ISO instants; by default from 1990-01-01 to one year after the "as of"
 * instant (or, when "as of" is not given, after now).
 */
export interface DateWindow {
  from?: string;
  to?: string;
}

export interface ImportLimits {
  maxBytes: number;
  maxRows: number;
  /**
   * The importing process's resident memory (all threads) at which reading stops with
   * `outOfMemory`: a file too large for the machine ends in a message, never in an out-of-memory crash.
   */
  maxMemoryBytes: number;
}
/** 900 MB: an import that stops there peaks under 1 GB; a million HubSpot rows take ≈ 250 MB. */
export const DEFAULT_LIMITS: ImportLimits = {
  maxBytes: 2_000_000_000,
  maxRows: 5_000_000,
  maxMemoryBytes: 900_000_000,
};

export interface ImportRequest {
  /** `sheet`: of an Excel workbook (default: the first sheet with a header and rows). */
  sources: { path: string; name?: string; sheet?: string }[];
  join?: JoinSpec;
  mapping: FieldMapping;
  /** IANA zone of the export's wall-clock times (default in the wizard: the workbook's). */
  timeZone: string;
  /** The user's answer for date columns where both day/month orders fit, keyed by column ref. */
  dateOrder?: Record<ColumnRef, DateOrder>;
  /** The export's "as of" instant (ISO). Default: the latest timestamp in the imported data. */
  asOf?: string;
  /** Overrides the plausible-date window (see DateWindow). */
  dateWindow?: DateWindow;
  limits?: Partial<ImportLimits>;
  /**
   * Each source's sniff, when the caller has just taken it (`pacto measure` sniffs to choose the
   * preset): the import workers use it instead of each sniffing every file again, cold.
   */
  sniffs?: SniffResult[];
  /**
   * For a mapped current-stage column: the workbook's stage ids in order, and each value's stage
   * (keys normalised with normalizeHeader; see stageVocabulary).
   */
  stageValues?: { order: string[]; values: Record<string, string> };
  /**
   * Activity exports (calls, emails, meetings…), each imported with its own mapping (`id` and
   * `activity:*` fields, columns of that file as `0:<header>`) and linked to the records.
   */
  activities?: {
    path: string;
    name?: string;
    sheet?: string;
    mapping: FieldMapping;
    /** The channel of rows with no type (a calls export): see suggestActivityMapping. */
    channel?: ActivityChannel;
  }[];
}

/** What the current-stage column said (see stage-values.ts). */
export interface StageValueReport {
  file: string;
  column: string;
  /** Records per current stage id. */
  byStage: Record<string, number>;
  /** Values matching no stage, most frequent first (at most 20). */
  unknown: { value: string; count: number }[];
  /** Current-stage dates taken from the "stage changed" column (their own was empty). */
  filled: number;
  /** Records at a stage with no date for it at all: counted as there, but not in dated measures. */
  undated: number;
  /** Records whose current stage is earlier than a stage they have a date for (later dates kept). */
  movedBackwards: { count: number; examples: { id: string; value: string; later: string[] }[] };
  /**
   * Whether this export can show a backward move at all: a record that moved back is told apart only
   * by a date for a stage after its current one. `seen`: every stage after the earliest current value
   * has its own date column; `partly`: some do not (`unseenFrom`); `unseen`: none does (an export with
   * the current stage only) — a record that moved back then counts only at its current stage.
   */
  backwards: 'seen' | 'partly' | 'unseen';
  /** The stages after the earliest current value with no date column: moves back from them cannot be seen. */
  unseenFrom: string[];
}

export interface ImportProgress {
  phase: 'join' | 'read' | 'finish' | 'activities';
  /** Index of the file being read. */
  sourceIndex: number;
  rows: number;
  bytesRead: number;
  totalBytes: number;
  rowsPerSecond: number;
}

/** One offending cell, for the report: 1-based row as a spreadsheet shows it (header = row 1). */
export interface CellExample {
  file: string;
  row: number;
  column: string;
  value: string;
}

export type SkipReason = 'empty' | 'missingId' | 'duplicateId' | 'footer' | 'header';
/** Every skip reason, in the order reports list them. */
export const SKIP_REASONS: readonly SkipReason[] = ['empty', 'missingId', 'duplicateId', 'header', 'footer'];

export interface ImportReport {
  rowsRead: number;
  rowsUsed: number;
  skipped: Partial<Record<SkipReason, { count: number; examples: CellExample[] }>>;
  duplicateIds: { count: number; examples: CellExample[] };
  /** Rows whose number of cells differs from the header's (kept; missing cells read as empty). */
  raggedRows: { count: number; examples: CellExample[] };
  /** Values in mapped columns that could not be read as the field's type, per field. */
  unparsed: Partial<Record<RecordField, { count: number; examples: CellExample[] }>>;
  /**
   * Dates outside the plausible window, per field: set aside (read as missing, so never measured) and
   * listed with file, row and column. `dateWindow` is the window used (ISO instants).
   */
  implausibleDates: Partial<Record<RecordField, { count: number; examples: CellExample[] }>>;
  dateWindow: { from: string; to: string };
  /** Headers present in the files but mapped to nothing, per file. */
  unmappedColumns: { file: string; columns: string[] }[];
  /** Rows of the joined file whose key matched no primary row, and keys found twice there. */
  join?: { unmatched: number; duplicateKeys: number; examples: CellExample[] };
  /** The day/month order used for each date column with slashed/dotted dates. */
  dateOrders: Record<ColumnRef, DateOrder>;
  /** Text that looks like mis-decoded UTF-8 (e.g. “Ã©”, “â€™”): the file was probably re-saved badly. */
  mojibake?: CellExample;
  /** Bytes that were not valid in the detected encoding (replaced by �). */
  invalidBytes: number;
  stageValues?: StageValueReport;
  /** Per activity file: how it was read, and what was linked to the records. */
  activities?: (ActivityFileReport & { read: ImportReport })[];
}

export interface ImportedFile {
  name: string;
  size: number;
  sha256: string;
  rows: number;
}

export interface ImportOutcome {
  records: RecordSet;
  report: ImportReport;
  files: ImportedFile[];
}

/** What the wizard needs to show a file before importing it. */
export interface SniffResult {
  name: string;
  size: number;
  dialect: CsvDialect;
  /** The first data rows (after the header), for the preview table. */
  preview: string[][];
  /** Date-looking columns (by header) where both d/m/y and m/d/y fit every sampled value. */
  ambiguousDateColumns: string[];
  mojibake?: string;
  /** An Excel workbook: the sheet read (rows as its cells' text) and every sheet, in workbook order. */
  xlsx?: { sheet: string; sheets: string[] };
}
