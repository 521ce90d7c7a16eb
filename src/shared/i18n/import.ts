/** The CSV import wizard and its error messages (codes `import:errors.*`, see ../import/errors.ts). */
const en = {
  steps: {
    files: 'Files',
    preview: 'Preview',
    mapping: 'Columns',
    options: 'Dates and time zone',
    run: 'Import',
  },
  files: {
    choose: 'Choose files…',
    drop: 'or drop one or two CSV or Excel files here',
    remove: 'Remove',
    clear: 'Start over',
    details: '{{encoding}}, separator “{{delimiter}}”, {{lineEnding}}, {{columns}} columns',
    headerRow: 'header on row {{row}}',
    workbook: 'Excel workbook, {{columns}} columns',
    sheet: 'Sheet',
    tooMany: 'Pacto joins at most two files (e.g. leads + deals).',
    mojibake:
      'Some text looks garbled (“{{sample}}”): the file may have been re-saved with the wrong encoding. Re-export it from the CRM if names look wrong.',
    tab: 'tab',
  },
  preview: {
    caption: 'First rows of {{file}}',
    rows: 'The first {{count}} rows; the import reads them all.',
  },
  mapping: {
    preset: 'Preset',
    presetNone: 'None (map by hand)',
    suggested: 'Suggested from the headers: {{preset}}',
    saved: 'Saved mapping: {{name}}',
    field: 'Field',
    column: 'Column',
    notMapped: '— not mapped —',
    primary: 'Main file (one record per row)',
    join: 'Join {{file}} on',
    joinLeft: 'Key in the main file',
    joinRight: 'Key in {{file}}',
    idRequired: 'Choose the id column to continue.',
  },
  fields: {
    id: 'Record id',
    created: 'Created',
    firstTouch: 'First sales touch',
    rejectedAt: 'Rejected by sales',
    rejectReason: 'Rejection reason',
    recycledAt: 'Returned to marketing',
    owner: 'Owner',
    channel: 'Source / channel',
    status: 'Status',
    lostReason: 'Lost reason',
    amount: 'Amount',
    score: 'Lead score',
    handoverScore: 'Score at hand-over',
    currentStage: 'Current stage (lifecycle / status)',
    stageChangedAt: 'Stage last changed',
    stage: 'Entered “{{stage}}”',
  },
  activities: {
    title: 'Activities (optional)',
    hint: 'Exports of calls, emails and meetings (HubSpot, Salesforce Tasks/Events, Pipedrive): the first touch and follow-up clauses count the activities the agreement names, linked to the records by contact or lead id.',
    add: 'Add activities export…',
    preset: 'detected: {{preset}}',
    required: 'Choose the activity id, the contact or lead id and the date to continue.',
    channel: 'Every row is a',
    fields: {
      id: 'Activity id',
      contact: 'Contact or lead id',
      at: 'Date and time',
      time: 'Time (if in its own column)',
      type: 'Type (call, email, meeting…)',
      outcome: 'Outcome (connected, no answer…)',
      direction: 'Direction (inbound/outbound)',
      status: 'Status (done, not started…)',
      source: 'Sequence or source (marks automated emails)',
      subject: 'Subject',
    },
    channels: {
      call: 'call',
      email: 'email',
      meeting: 'meeting',
      social: 'social message',
      task: 'task',
      other: 'other activity',
    },
    /** The report's count per channel. */
    perChannel: {
      call: 'Calls',
      email: 'Emails',
      meeting: 'Meetings',
      social: 'Social messages',
      task: 'Tasks',
      other: 'Other activities',
    },
  },
  stageValues: {
    caption: 'What each value of the current-stage column means',
    value: 'Value in the export',
    stage: 'Stage',
    none: '— not a stage —',
  },
  options: {
    timeZone: 'Time zone of the export’s dates',
    timeZoneHint: 'Exports rarely say; the default is the workbook’s.',
    asOf: 'Data as of (optional)',
    asOfHint: 'In {{zone}}, the agreement’s calendar. Default: the latest date in the data.',
    ambiguous: 'In “{{column}}” ({{file}}) every date fits both orders, e.g. “{{example}}”. Which is it?',
    dmy: 'Day/month/year',
    mdy: 'Month/day/year',
  },
  run: {
    start: 'Import',
    cancel: 'Cancel',
    progress: '{{rows}} rows · {{rate}} rows/s',
    phase: {
      join: 'Reading the joined file…',
      read: 'Reading…',
      finish: 'Resolving dates…',
      activities: 'Reading activities…',
    },
  },
  report: {
    title: 'Import report',
    done: '{{used}} records imported from {{read}} rows.',
    asOf: 'As of {{when}}.',
    savedMapping: 'The column mapping was saved in the workbook.',
    skipped: 'Rows skipped',
    reason: {
      empty: 'Empty rows',
      missingId: 'Rows without an id',
      duplicateId: 'Repeated ids (first row kept)',
      footer: 'Report footer (totals, notices)',
      header: 'The header row again, mid-file: two exports pasted together?',
    },
    ragged: 'Rows with more or fewer cells than the header (kept)',
    unparsed: 'Values that could not be read',
    implausible:
      'Implausible dates, set aside and not measured (before {{from}} or after {{to}}: CRM placeholders such as 1900-01-01, or typos)',
    unmapped: 'Columns not mapped in {{file}}',
    join: '{{unmatched}} rows of the joined file matched no record; {{duplicates}} repeated keys.',
    dateOrders: 'Date order used',
    stageValues: 'Current stage (“{{column}}”, {{file}})',
    stageCounts: 'Records per stage',
    activities: 'Activities from {{file}}',
    activitiesDone_one: '{{count}} activity read, {{linked}} linked to a record.',
    activitiesDone_other: '{{count}} activities read, {{linked}} linked to a record.',
    activitiesByChannel: 'Linked, by kind',
    activitiesConnects: 'Reached the lead (connects)',
    activitiesAutomated: 'Automated emails (not touches)',
    activitiesInbound: 'From the lead, inbound (not touches)',
    activitiesPlanned: 'Planned or not done (not touches)',
    activitiesUnmatched_one:
      '{{count}} contact id matched no record (its activities are left out), e.g. {{examples}}.',
    activitiesUnmatched_other:
      '{{count}} contact ids matched no record (their activities are left out), e.g. {{examples}}.',
    activitiesIncomplete_one: '1 row without a contact id or a readable date.',
    activitiesIncomplete_other: '{{count}} rows without a contact id or a readable date.',
    activitiesUnknownTypes: 'Types Pacto does not know (counted as “other”)',
    activitiesUnknownOutcomes: 'Outcomes Pacto does not know (counted as attempts)',
    stageUnknown: 'Values that are no stage of the agreement (not counted in any stage)',
    stageFilled_one: '1 stage date taken from the “stage last changed” column (its own was empty).',
    stageFilled_other:
      '{{count}} stage dates taken from the “stage last changed” column (their own was empty).',
    stageUndated_one:
      '1 record is at a stage with no date for it: it counts as having reached it, but not in dated measures.',
    stageUndated_other:
      '{{count}} records are at a stage with no date for it: they count as having reached it, but not in dated measures.',
    stageBackwards_one:
      '1 record moved backwards: its current stage comes before a stage it has a date for. Those dates are kept.',
    stageBackwards_other:
      '{{count}} records moved backwards: their current stage comes before a stage they have a date for. Those dates are kept.',
    stageBackwardsExample: '{{id}}: “{{value}}”, dated later: {{later}}',
    stageBackwardsUnseen:
      'This export has each record’s current stage but no date for the stages after it: a record that moved backwards cannot be seen in it, and counts only at its current stage.',
    stageBackwardsPartly_one:
      'A move back from {{stages}} cannot be seen: this export has no date for that stage, so such a record counts only at its current stage.',
    stageBackwardsPartly_other:
      'Moves back from {{stages}} cannot be seen: this export has no date for those stages, so such records count only at their current stage.',
    invalidBytes: '{{count}} bytes were not valid text and were replaced.',
    example: 'row {{row}}, “{{column}}”: {{value}}',
    exampleRow: 'row {{row}}: {{value}}',
    count: '{{count}}',
    none: 'Nothing was skipped.',
    again: 'Import other files',
  },
  /** `pacto measure`'s import warnings. `_many`: Spanish plural rules put 1,000,000 in “many”. */
  cli: {
    warning: 'Warning: {{text}}',
    first: '{{text}}; first: {{example}}',
    skipped_one: '{{count}} row skipped — {{reason}}',
    skipped_other: '{{count}} rows skipped — {{reason}}',
    skipped_many: '{{count}} rows skipped — {{reason}}',
    ragged_one:
      '{{count}} row has more or fewer cells than the header (kept; a stray quote shifts the columns after it)',
    ragged_other:
      '{{count}} rows have more or fewer cells than the header (kept; a stray quote shifts the columns after it)',
    ragged_many:
      '{{count}} rows have more or fewer cells than the header (kept; a stray quote shifts the columns after it)',
    unparsed_one: '{{count}} value in “{{column}}” could not be read',
    unparsed_other: '{{count}} values in “{{column}}” could not be read',
    unparsed_many: '{{count}} values in “{{column}}” could not be read',
    implausible_one:
      '{{count}} implausible date in “{{column}}” set aside, not measured (before {{from}} or after {{to}})',
    implausible_other:
      '{{count}} implausible dates in “{{column}}” set aside, not measured (before {{from}} or after {{to}})',
    implausible_many:
      '{{count}} implausible dates in “{{column}}” set aside, not measured (before {{from}} or after {{to}})',
  },
  errors: {
    notCsv:
      '“{{file}}” does not look like a CSV file: no separator (comma, semicolon, tab or |) splits it into columns.',
    spreadsheet:
      '“{{file}}” is an old Excel workbook (.xls). Open it in Excel and save it as “Excel Workbook (.xlsx)” or “CSV UTF-8”.',
    xlsxUnreadable:
      '“{{file}}” is a zipped file but not an Excel workbook Pacto can read ({{detail}}). Save it from Excel as .xlsx or “CSV UTF-8”.',
    noSheet: '“{{file}}” has no sheet “{{sheet}}”. Its sheets: {{sheets}}.',
    activityColumns:
      'In the activities file “{{file}}”, choose the columns of the activity id, the contact or lead id, and the date.',
    emptySheet:
      'Sheet “{{sheet}}” of “{{file}}” has no table to import: no header row with data below it in its first rows.',
    binary:
      '“{{file}}” is not a text file (an image, a PDF or another binary file). Choose the CSV exported by your CRM.',
    empty: '“{{file}}” is empty.',
    tooLarge:
      '“{{file}}” is {{size}} MB; Pacto imports files up to {{limit}} MB. Export fewer columns or a shorter period.',
    tooManyRows:
      '“{{file}}” has more than {{limit}} records, the most Pacto imports at once. Export a shorter period.',
    outOfMemory:
      '“{{file}}” is too large to import on this computer: Pacto stopped at row {{row}}, when the import had taken {{limit}} MB of memory. Nothing was changed. Export a shorter period or fewer columns.',
    noId: 'Choose the column that holds each record’s id.',
    unknownColumn:
      '“{{file}}” has no column “{{column}}”. The mapping was made for another export; check it.',
    unknownField: 'The mapping names a field Pacto does not know: “{{field}}”.',
    idNotInPrimary: 'The id column must come from the main file, not from “{{file}}”.',
    badSource: 'The mapping refers to file number {{index}}, which is not among the chosen files.',
    joinColumn: 'The key column “{{column}}” to join the files is not in “{{file}}”.',
    badTimeZone: '“{{zone}}” is not a time zone Pacto knows (expected a name such as Europe/Madrid).',
    badAsOf: '“{{value}}” is not a valid “as of” date.',
    implausibleAsOf: '“{{value}}” is not a plausible “as of” date: it must fall between {{from}} and {{to}}.',
    dateOrderNeeded:
      'In “{{file}}”, column “{{column}}”, every date reads both as day/month and as month/day. Say which order the export uses.',
    noRecords: '“{{file}}” has no rows with an id: nothing to import.',
    unterminatedQuote:
      'In “{{file}}”, row {{row}}, a cell opens a quote (") that never closes, so the rest of the file would be read as one cell. Fix that quote in the file and import it again.',
    read: 'Could not read “{{file}}”: {{detail}}',
    cancelled: 'The import was cancelled. Nothing was changed.',
    internal: 'The import failed unexpectedly: {{detail}}. Nothing was changed.',
  },
};
const es: typeof en = {
  steps: {
    files: 'Archivos',
    preview: 'Vista previa',
    mapping: 'Columnas',
    options: 'Fechas y zona horaria',
    run: 'Importar',
  },
  files: {
    choose: 'Elegir archivos…',
    drop: 'o suelta aquí uno o dos archivos CSV o Excel',
    remove: 'Quitar',
    clear: 'Empezar de nuevo',
    details: '{{encoding}}, separador «{{delimiter}}», {{lineEnding}}, {{columns}} columnas',
    headerRow: 'cabecera en la fila {{row}}',
    workbook: 'Libro de Excel, {{columns}} columnas',
    sheet: 'Hoja',
    tooMany: 'Pacto une como máximo dos archivos (p. ej., leads + negocios).',
    mojibake:
      'Parte del texto parece corrupto («{{sample}}»): el archivo pudo guardarse con una codificación equivocada. Vuelve a exportarlo del CRM si los nombres se ven mal.',
    tab: 'tabulador',
  },
  preview: {
    caption: 'Primeras filas de {{file}}',
    rows: 'Las primeras {{count}} filas; la importación las lee todas.',
  },
  mapping: {
    preset: 'Plantilla',
    presetNone: 'Ninguna (asignar a mano)',
    suggested: 'Sugerida por las cabeceras: {{preset}}',
    saved: 'Asignación guardada: {{name}}',
    field: 'Campo',
    column: 'Columna',
    notMapped: '— sin asignar —',
    primary: 'Archivo principal (un registro por fila)',
    join: 'Unir {{file}} por',
    joinLeft: 'Clave en el archivo principal',
    joinRight: 'Clave en {{file}}',
    idRequired: 'Elige la columna de identificador para continuar.',
  },
  fields: {
    id: 'Identificador',
    created: 'Creado',
    firstTouch: 'Primer contacto comercial',
    rejectedAt: 'Rechazado por ventas',
    rejectReason: 'Motivo del rechazo',
    recycledAt: 'Devuelto a marketing',
    owner: 'Propietario',
    channel: 'Origen / canal',
    status: 'Estado',
    lostReason: 'Motivo de pérdida',
    amount: 'Importe',
    score: 'Puntuación del lead',
    handoverScore: 'Puntuación al traspaso',
    currentStage: 'Etapa actual (ciclo de vida / estado)',
    stageChangedAt: 'Último cambio de etapa',
    stage: 'Entró en «{{stage}}»',
  },
  activities: {
    title: 'Actividades (opcional)',
    hint: 'Exportaciones de llamadas, correos y reuniones (HubSpot, tareas/eventos de Salesforce, Pipedrive): las cláusulas de primer contacto y de seguimiento cuentan las actividades que nombra el acuerdo, unidas a los registros por el identificador del contacto o lead.',
    add: 'Añadir exportación de actividades…',
    preset: 'detectada: {{preset}}',
    required: 'Elige el identificador de la actividad, el del contacto o lead y la fecha para continuar.',
    channel: 'Cada fila es',
    fields: {
      id: 'Identificador de la actividad',
      contact: 'Identificador del contacto o lead',
      at: 'Fecha y hora',
      time: 'Hora (si va en su propia columna)',
      type: 'Tipo (llamada, correo, reunión…)',
      outcome: 'Resultado (conectado, sin respuesta…)',
      direction: 'Dirección (entrante/saliente)',
      status: 'Estado (hecha, no iniciada…)',
      source: 'Secuencia u origen (marca los correos automáticos)',
      subject: 'Asunto',
    },
    channels: {
      call: 'una llamada',
      email: 'un correo',
      meeting: 'una reunión',
      social: 'un mensaje en redes',
      task: 'una tarea',
      other: 'otra actividad',
    },
    perChannel: {
      call: 'Llamadas',
      email: 'Correos',
      meeting: 'Reuniones',
      social: 'Mensajes en redes',
      task: 'Tareas',
      other: 'Otras actividades',
    },
  },
  stageValues: {
    caption: 'Qué significa cada valor de la columna de etapa actual',
    value: 'Valor en la exportación',
    stage: 'Etapa',
    none: '— no es una etapa —',
  },
  options: {
    timeZone: 'Zona horaria de las fechas exportadas',
    timeZoneHint: 'Las exportaciones casi nunca la indican; por defecto, la del acuerdo.',
    asOf: 'Datos a fecha de (opcional)',
    asOfHint: 'En {{zone}}, el calendario del acuerdo. Por defecto: la fecha más reciente de los datos.',
    ambiguous:
      'En «{{column}}» ({{file}}) todas las fechas encajan en los dos órdenes, p. ej. «{{example}}». ¿Cuál es?',
    dmy: 'Día/mes/año',
    mdy: 'Mes/día/año',
  },
  run: {
    start: 'Importar',
    cancel: 'Cancelar',
    progress: '{{rows}} filas · {{rate}} filas/s',
    phase: {
      join: 'Leyendo el archivo unido…',
      read: 'Leyendo…',
      finish: 'Resolviendo fechas…',
      activities: 'Leyendo actividades…',
    },
  },
  report: {
    title: 'Informe de importación',
    done: '{{used}} registros importados de {{read}} filas.',
    asOf: 'Datos a {{when}}.',
    savedMapping: 'La asignación de columnas se guardó en el acuerdo.',
    skipped: 'Filas omitidas',
    reason: {
      empty: 'Filas vacías',
      missingId: 'Filas sin identificador',
      duplicateId: 'Identificadores repetidos (se conserva la primera fila)',
      footer: 'Pie del informe (totales, avisos)',
      header: 'La fila de cabecera repetida a mitad de archivo: ¿dos exportaciones pegadas?',
    },
    ragged: 'Filas con más o menos celdas que la cabecera (conservadas)',
    unparsed: 'Valores que no se pudieron leer',
    implausible:
      'Fechas inverosímiles, apartadas y no medidas (anteriores al {{from}} o posteriores al {{to}}: marcadores del CRM como 1900-01-01, o erratas)',
    unmapped: 'Columnas sin asignar en {{file}}',
    join: '{{unmatched}} filas del archivo unido no coinciden con ningún registro; {{duplicates}} claves repetidas.',
    dateOrders: 'Orden de fecha usado',
    stageValues: 'Etapa actual («{{column}}», {{file}})',
    stageCounts: 'Registros por etapa',
    activities: 'Actividades de {{file}}',
    activitiesDone_one: '{{count}} actividad leída, {{linked}} unida a un registro.',
    activitiesDone_other: '{{count}} actividades leídas, {{linked}} unidas a un registro.',
    activitiesByChannel: 'Unidas, por tipo',
    activitiesConnects: 'Llegaron al lead (conexiones)',
    activitiesAutomated: 'Correos automáticos (no son contactos)',
    activitiesInbound: 'Del lead, entrantes (no son contactos)',
    activitiesPlanned: 'Planificadas o no hechas (no son contactos)',
    activitiesUnmatched_one:
      '{{count}} identificador de contacto no coincide con ningún registro (sus actividades quedan fuera), p. ej. {{examples}}.',
    activitiesUnmatched_other:
      '{{count}} identificadores de contacto no coinciden con ningún registro (sus actividades quedan fuera), p. ej. {{examples}}.',
    activitiesIncomplete_one: '1 fila sin identificador de contacto o sin una fecha legible.',
    activitiesIncomplete_other: '{{count}} filas sin identificador de contacto o sin una fecha legible.',
    activitiesUnknownTypes: 'Tipos que Pacto no conoce (cuentan como «otra»)',
    activitiesUnknownOutcomes: 'Resultados que Pacto no conoce (cuentan como intentos)',
    stageUnknown: 'Valores que no son ninguna etapa del acuerdo (no cuentan en ninguna etapa)',
    stageFilled_one: '1 fecha de etapa tomada de la columna «último cambio de etapa» (la suya estaba vacía).',
    stageFilled_other:
      '{{count}} fechas de etapa tomadas de la columna «último cambio de etapa» (la suya estaba vacía).',
    stageUndated_one:
      '1 registro está en una etapa sin fecha para ella: cuenta como llegado a ella, pero no en las medidas con fecha.',
    stageUndated_other:
      '{{count}} registros están en una etapa sin fecha para ella: cuentan como llegados a ella, pero no en las medidas con fecha.',
    stageBackwards_one:
      '1 registro retrocedió: su etapa actual es anterior a una etapa para la que tiene fecha. Esas fechas se conservan.',
    stageBackwards_other:
      '{{count}} registros retrocedieron: su etapa actual es anterior a una etapa para la que tienen fecha. Esas fechas se conservan.',
    stageBackwardsExample: '{{id}}: «{{value}}», con fecha posterior en: {{later}}',
    stageBackwardsUnseen:
      'Esta exportación tiene la etapa actual de cada registro pero ninguna fecha de las etapas posteriores: un registro que retrocedió no se puede ver en ella y cuenta solo en su etapa actual.',
    stageBackwardsPartly_one:
      'Un retroceso desde {{stages}} no se puede ver: esta exportación no tiene fecha de esa etapa, así que ese registro cuenta solo en su etapa actual.',
    stageBackwardsPartly_other:
      'Los retrocesos desde {{stages}} no se pueden ver: esta exportación no tiene fecha de esas etapas, así que esos registros cuentan solo en su etapa actual.',
    invalidBytes: '{{count}} bytes no eran texto válido y se sustituyeron.',
    example: 'fila {{row}}, «{{column}}»: {{value}}',
    exampleRow: 'fila {{row}}: {{value}}',
    count: '{{count}}',
    none: 'No se omitió nada.',
    again: 'Importar otros archivos',
  },
  cli: {
    warning: 'Aviso: {{text}}',
    first: '{{text}}; primer caso: {{example}}',
    skipped_one: '{{count}} fila omitida — {{reason}}',
    skipped_other: '{{count}} filas omitidas — {{reason}}',
    skipped_many: '{{count}} filas omitidas — {{reason}}',
    ragged_one:
      '{{count}} fila tiene más o menos celdas que la cabecera (se conserva; una comilla suelta desplaza las columnas siguientes)',
    ragged_other:
      '{{count}} filas tienen más o menos celdas que la cabecera (se conservan; una comilla suelta desplaza las columnas siguientes)',
    ragged_many:
      '{{count}} filas tienen más o menos celdas que la cabecera (se conservan; una comilla suelta desplaza las columnas siguientes)',
    unparsed_one: '{{count}} valor de «{{column}}» no se pudo leer',
    unparsed_other: '{{count}} valores de «{{column}}» no se pudieron leer',
    unparsed_many: '{{count}} valores de «{{column}}» no se pudieron leer',
    implausible_one:
      '{{count}} fecha inverosímil en «{{column}}» apartada, no se mide (anterior al {{from}} o posterior al {{to}})',
    implausible_other:
      '{{count}} fechas inverosímiles en «{{column}}» apartadas, no se miden (anteriores al {{from}} o posteriores al {{to}})',
    implausible_many:
      '{{count}} fechas inverosímiles en «{{column}}» apartadas, no se miden (anteriores al {{from}} o posteriores al {{to}})',
  },
  errors: {
    notCsv:
      '«{{file}}» no parece un archivo CSV: ningún separador (coma, punto y coma, tabulador o |) lo divide en columnas.',
    spreadsheet:
      '«{{file}}» es un libro de Excel antiguo (.xls). Ábrelo en Excel y guárdalo como «Libro de Excel (.xlsx)» o «CSV UTF-8».',
    xlsxUnreadable:
      '«{{file}}» es un archivo comprimido, pero no un libro de Excel que Pacto pueda leer ({{detail}}). Guárdalo desde Excel como .xlsx o «CSV UTF-8».',
    noSheet: '«{{file}}» no tiene la hoja «{{sheet}}». Sus hojas: {{sheets}}.',
    activityColumns:
      'En el archivo de actividades «{{file}}», elige las columnas del identificador de la actividad, del contacto o lead, y de la fecha.',
    emptySheet:
      'La hoja «{{sheet}}» de «{{file}}» no tiene una tabla que importar: ninguna fila de cabecera con datos debajo en sus primeras filas.',
    binary:
      '«{{file}}» no es un archivo de texto (es una imagen, un PDF u otro archivo binario). Elige el CSV exportado por tu CRM.',
    empty: '«{{file}}» está vacío.',
    tooLarge:
      '«{{file}}» ocupa {{size}} MB; Pacto importa archivos de hasta {{limit}} MB. Exporta menos columnas o un periodo más corto.',
    tooManyRows:
      '«{{file}}» tiene más de {{limit}} registros, el máximo que Pacto importa de una vez. Exporta un periodo más corto.',
    outOfMemory:
      '«{{file}}» es demasiado grande para importarlo en este equipo: Pacto se detuvo en la fila {{row}}, cuando la importación ocupaba {{limit}} MB de memoria. No se ha cambiado nada. Exporta un periodo más corto o menos columnas.',
    noId: 'Elige la columna que contiene el identificador de cada registro.',
    unknownColumn:
      '«{{file}}» no tiene la columna «{{column}}». La correspondencia se hizo para otra exportación; revísala.',
    unknownField: 'La asignación menciona un campo que Pacto no conoce: «{{field}}».',
    idNotInPrimary: 'La columna de identificador debe venir del archivo principal, no de «{{file}}».',
    badSource: 'La correspondencia menciona el archivo número {{index}}, que no está entre los elegidos.',
    joinColumn: 'La columna clave «{{column}}» para unir los archivos no está en «{{file}}».',
    badTimeZone:
      '«{{zone}}» no es una zona horaria que Pacto conozca (se esperaba un nombre como Europe/Madrid).',
    badAsOf: '«{{value}}» no es una fecha de corte válida.',
    implausibleAsOf:
      '«{{value}}» no es una fecha de corte verosímil: debe estar entre el {{from}} y el {{to}}.',
    dateOrderNeeded:
      'En «{{file}}», columna «{{column}}», todas las fechas se leen tanto como día/mes como mes/día. Indica qué orden usa la exportación.',
    noRecords: '«{{file}}» no tiene filas con identificador: no hay nada que importar.',
    unterminatedQuote:
      'En «{{file}}», fila {{row}}, una celda abre unas comillas (") que nunca se cierran, así que el resto del archivo se leería como una sola celda. Corrige esas comillas en el archivo e impórtalo de nuevo.',
    read: 'No se pudo leer «{{file}}»: {{detail}}',
    cancelled: 'Se canceló la importación. No se ha cambiado nada.',
    internal: 'La importación falló de forma inesperada: {{detail}}. No se ha cambiado nada.',
  },
};
export default { en, es };
