/**
 * AppError codes of the importer. They live in the `import` catalog (`import:errors.*`; i18next's
 * namespace prefix lets `errorMessage` find them although it looks in `errors` by default).
 */
export const ImportError = {
  notCsv: 'import:errors.notCsv',
  spreadsheet: 'import:errors.spreadsheet',
  xlsxUnreadable: 'import:errors.xlsxUnreadable',
  noSheet: 'import:errors.noSheet',
  emptySheet: 'import:errors.emptySheet',
  activityColumns: 'import:errors.activityColumns',
  binary: 'import:errors.binary',
  empty: 'import:errors.empty',
  tooLarge: 'import:errors.tooLarge',
  tooManyRows: 'import:errors.tooManyRows',
  outOfMemory: 'import:errors.outOfMemory',
  noId: 'import:errors.noId',
  unknownColumn: 'import:errors.unknownColumn',
  unknownField: 'import:errors.unknownField',
  idNotInPrimary: 'import:errors.idNotInPrimary',
  badSource: 'import:errors.badSource',
  joinColumn: 'import:errors.joinColumn',
  badTimeZone: 'import:errors.badTimeZone',
  badAsOf: 'import:errors.badAsOf',
  implausibleAsOf: 'import:errors.implausibleAsOf',
  dateOrderNeeded: 'import:errors.dateOrderNeeded',
  noRecords: 'import:errors.noRecords',
  unterminatedQuote: 'import:errors.unterminatedQuote',
  read: 'import:errors.read',
  cancelled: 'import:errors.cancelled',
  internal: 'import:errors.internal',
} as const;
