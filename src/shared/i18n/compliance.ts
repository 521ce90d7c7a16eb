/** The compliance dashboard and `pacto measure`. */
const en = {
  title: 'Compliance',
  empty: {
    title: 'No data imported yet',
    body: 'Import a CRM export (CSV) to measure each commitment month by month. The results are kept in the workbook, so the dashboard reopens without the files.',
    action: 'Import CSV…',
  },
  asOf: 'Data as of {{date}}',
  source: 'Source: {{files}} · {{records}} records',
  reimport: 'Import a newer export…',
  recompute: 'Recalculate with the current clauses',
  measuring: 'Measuring the clauses…',
  /** Verdicts: the same words in the app, `pacto measure`, the PDF and the Excel file. */
  status: {
    met: 'Met',
    missed: 'Missed',
    'in-progress': 'In progress',
    'not-measurable': 'Not measurable',
  },
  statusHint: {
    met: 'The period is over and the commitment was kept.',
    missed: 'The period is over, every record had its full time, and the commitment was not kept.',
    'in-progress':
      'The period is not over, or some records are still within their time: this is the running figure, never a miss.',
    'not-measurable': 'The data cannot show this.',
  },
  onTrack: {
    yes: 'on track',
    no: 'behind',
    unknown: 'too early to tell',
  },
  reason: {
    qualitative: 'Written commitment, reviewed by people',
    noStageColumn: 'No column mapped for the stage this clause measures',
    noTargetStageColumn: 'No column mapped for the target stage (or any later one)',
    noFirstTouchColumn: 'No first-touch column mapped',
    noActivities: 'No activity export: touches cannot be counted',
    noChannelColumn: 'No channel column mapped',
    noAcceptColumn: 'No acceptance or rejection column mapped',
    noRecycledColumn: 'No “returned to marketing” column mapped',
    noAmountColumn: 'No amount column mapped (deal value: HubSpot “Amount”, Pipedrive “Value”)',
    noOwnerColumn: 'No owner column mapped (the sales rep: HubSpot “Contact owner”, Salesforce “Lead Owner”)',
    noRecords: 'No records in this period',
    outsideCoverage: 'Outside the dates the files cover',
    noMatchingRecords: 'No record has the value this clause filters on',
    noPlan: 'Target from the plan, but the plan of record has no volume for this stage',
    outsidePlan: 'The plan of record has no volume for this period',
  },
  /** The reasons spelt out with their particulars. */
  reasonDetail: {
    fileEnds: '{{file}} ends on {{date}}',
    fileStarts: '{{file}} starts on {{date}}',
    occurring: 'Values in the data: {{values}}',
    planSpan:
      'The plan of record covers {{planFrom}} to {{planTo}}; the data, {{dataFrom}} to {{dataTo}}: they do not overlap.',
  },
  flag: {
    touchBeforeStage: 'First touch before the hand-off',
  },
  flagHint: {
    touchBeforeStage:
      'Counted as on time, but the record was contacted before it was handed over: worth checking the process.',
  },
  period: {
    month: '{{month}}',
    quarter: 'Q{{quarter}} {{year}}',
    year: '{{year}}',
    fiscalQuarter: 'Q{{quarter}} FY{{year}}',
    fiscalYear: 'FY{{year}}',
  },
  coverage: {
    title: 'What the files cover',
    span: '{{file}}: {{first}} to {{last}}',
    asOf: 'as of {{date}}',
    endsEarly: '{{file}} ends on {{date}}: the periods after it are not judged for the clauses that read it.',
    noDates: '{{file}} has no dates: the clauses that read it cannot be judged.',
  },
  legacy:
    'Measured by an earlier version of Pacto (month by month, without file coverage or team rules). Import the files again to judge it with the current rules.',
  teams: {
    title: 'Review rule per team',
    caption:
      'A team that misses any of its agreed commitments {{rule}} months in a row reopens the agreement.',
    review: '{{team}}: review due, commitments missed {{count}} months in a row (rule: {{rule}})',
    history: '{{team}}: missed {{length}} months in a row, {{from}} to {{to}}',
    behind: 'Behind it: {{clauses}}',
    none: 'No team owns an agreed, measurable commitment yet.',
  },
  flagged: {
    title: 'Kept on time, with a note',
    count: '{{shown}} of {{total}} records',
  },
  summary: {
    title: 'At a glance',
    counts:
      'Latest verdicts: {{met}} met · {{missed}} missed · {{inProgress}} in progress · {{notMeasurable}} not measurable',
    team: 'Team',
    period: 'Period',
    notes: 'Now, or why not measurable',
    noReview: 'not agreed: no review',
    teamOk: '{{team}}: no review due now',
    teamEarlier: 'earlier, {{length}} months missed in a row, {{from}} to {{to}}',
    notAgreed:
      'Missed {{count}} {{periods}} in a row; not an agreed commitment ({{status}}), so it does not trigger the review',
    notJudged: '{{from}} – {{to}}: not judged, the data ends on {{date}}',
    details: 'Details',
  },
  streaks: {
    title: 'Runs of misses',
    run: '{{from}} to {{to}}: {{length}} {{periods}} in a row',
    single: '{{period}}: missed once',
    reached: 'reached the review rule ({{rule}})',
    none: 'No period missed.',
  },
  planGap:
    'The plan of record ({{name}}) covers {{planFrom}} to {{planTo}}; the data, {{dataFrom}} to {{dataTo}}. They do not overlap, so no plan is drawn: set the plan’s fiscal year in Scenarios to compare.',
  unit: {
    count: '{{value}}',
    share: '{{value}}',
    days: '{{value}} d',
  },
  scorecard: {
    title: 'Scorecard',
    caption: 'Every clause in its latest decided period (its own month, quarter or year)',
    clause: 'Clause',
    month: 'Month',
    actual: 'Actual',
    target: 'Target',
    status: 'Status',
    streak: 'Missed in a row',
    review: 'Review due: missed {{count}} {{periods}} in a row (rule: {{rule}})',
    periods: { month: 'months', quarter: 'quarters', year: 'years' },
    noMonths: 'No months measured',
  },
  trend: {
    title: 'Trend per clause',
    actual: 'Actual',
    target: 'Target',
    plan: 'Plan ({{name}})',
    progress:
      'Each month shows the period’s figure so far against the period’s target: progress, judged only when the period ends.',
  },
  histogram: {
    title: 'Time to first touch',
    bands: ['0–5 min', '5–15 min', '15–60 min', '1–4 h', '4–24 h', '> 24 h'],
    untouched: 'Not touched',
    records: 'Records',
    clause: 'Clause',
  },
  funnel: {
    title: 'Funnel: actual vs plan',
    noPlan: 'No plan-of-record scenario: mark one in Scenarios to compare.',
    stage: 'Stage',
    actual: 'Actual',
    plan: 'Plan ({{name}})',
    month: 'Month',
    rates: 'Conversion: measured vs planned',
    from: 'From',
    to: 'To',
    measured: 'Measured',
    planned: 'Planned',
    medianDays: 'Median days',
    plannedDays: 'Planned days',
  },
  owners: {
    title: 'Per owner',
    owner: 'Owner',
    unassigned: '(unassigned)',
    records: 'Records',
    breaches: 'Breaches',
  },
  channels: {
    title: 'Per channel',
    channel: 'Channel',
    none: '(none)',
  },
  breaches: {
    title: 'Breaching records',
    count: '{{shown}} of {{total}} breaches',
    capped: 'The workbook keeps the first {{cap}}; re-import to see the rest.',
    filter: 'Filter',
    clause: 'Clause',
    record: 'Record',
    month: 'Month',
    owner: 'Owner',
    channel: 'Channel',
    value: 'Measured',
    limit: 'Limit',
    all: 'All clauses',
    never: 'never',
    sortHint: 'Click a column header to sort',
  },
  changes: {
    title: 'Changes since the previous import ({{date}})',
    records: 'Records: {{before}} → {{after}}',
    breaches: 'Breaches: {{before}} → {{after}}',
    newMonths: 'New months: {{months}}',
    none: 'No clause changed status.',
    change: '{{title}}, {{month}}: {{before}} → {{after}}',
    new: 'new',
  },
  errors: {
    importGone:
      'The imported records are no longer in memory (another import replaced them). Import the files again.',
  },
  cli: {
    missingWorkbook: 'Missing --workbook <file.pacto>.',
    missingSource: 'Missing --source <file.csv>.',
    tooManySources: 'At most two --source files (leads and deals, joined with --join).',
    tooManySheets:
      '{{sheets}} --sheet options but {{workbooks}} .xlsx sources: give one --sheet per workbook, in order.',
    joinNeeded: 'Two sources need --join <column> (or a preset that knows the key).',
    presetAndMapping: 'Use either --preset or --mapping, not both.',
    unknownPreset: 'Unknown preset “{{preset}}”. Presets: {{names}}.',
    presetMismatch: 'The files do not look like a “{{preset}}” export (closest: {{found}}).',
    noPreset:
      'The columns of “{{files}}” match no preset. Name one with --preset ({{names}}) or map the columns with --mapping <mapping.json>.',
    badMapping: '“{{file}}” is not a mapping: expected a JSON object of field → column ({{detail}}).',
    badAsOf: '--as-of “{{value}}” is not an ISO date-time.',
    badDateWindow:
      '--date-window “{{value}}” is not a window of dates: write <from>..<to> in ISO, e.g. 1980-01-01..2030-12-31 (either end may be left out).',
    month: '  {{month}}  {{status}}  actual {{actual}} · target {{target}}',
    progress: '    {{month}}  {{actual}} (to date {{toDate}})',
    saved: 'Snapshot saved in {{file}}.',
  },
};

const es: typeof en = {
  title: 'Cumplimiento',
  empty: {
    title: 'Aún no hay datos importados',
    body: 'Importa una exportación del CRM (CSV) para medir cada compromiso mes a mes. Los resultados se guardan en el acuerdo, así que el panel se vuelve a abrir sin los archivos.',
    action: 'Importar CSV…',
  },
  asOf: 'Datos a {{date}}',
  source: 'Origen: {{files}} · {{records}} registros',
  reimport: 'Importar una exportación más reciente…',
  recompute: 'Recalcular con las cláusulas actuales',
  measuring: 'Midiendo las cláusulas…',
  status: {
    met: 'Cumplido',
    missed: 'Incumplido',
    'in-progress': 'En curso',
    'not-measurable': 'No medible',
  },
  statusHint: {
    met: 'El periodo ha terminado y se cumplió el compromiso.',
    missed:
      'El periodo ha terminado, todos los registros han tenido su plazo completo y no se cumplió el compromiso.',
    'in-progress':
      'El periodo no ha terminado, o algunos registros siguen dentro de su plazo: es la cifra hasta ahora, nunca un incumplimiento.',
    'not-measurable': 'Los datos no permiten medirlo.',
  },
  onTrack: {
    yes: 'bien encaminado',
    no: 'por debajo de lo previsto',
    unknown: 'aún es pronto para saberlo',
  },
  reason: {
    qualitative: 'Compromiso escrito, lo revisan las personas',
    noStageColumn: 'No hay columna asignada a la etapa que mide esta cláusula',
    noTargetStageColumn: 'No hay columna asignada a la etapa de destino (ni a ninguna posterior)',
    noFirstTouchColumn: 'No hay columna de primer contacto asignada',
    noActivities: 'No hay exportación de actividades: no se pueden contar los contactos',
    noChannelColumn: 'No hay columna de canal asignada',
    noAcceptColumn: 'No hay columna de aceptación o rechazo asignada',
    noRecycledColumn: 'No hay columna de «devuelto a marketing» asignada',
    noAmountColumn:
      'No hay columna de importe asignada (valor de la operación: «Amount» en HubSpot, «Value» en Pipedrive)',
    noOwnerColumn:
      'No hay columna de propietario asignada (el comercial: «Contact owner» en HubSpot, «Lead Owner» en Salesforce)',
    noRecords: 'No hay registros en este periodo',
    outsideCoverage: 'Fuera de las fechas que cubren los archivos',
    noMatchingRecords: 'Ningún registro tiene el valor por el que filtra esta cláusula',
    noPlan: 'Objetivo según el plan, pero el plan de referencia no tiene volumen para esta etapa',
    outsidePlan: 'El plan de referencia no tiene volumen para este periodo',
  },
  reasonDetail: {
    fileEnds: '{{file}} termina el {{date}}',
    fileStarts: '{{file}} empieza el {{date}}',
    occurring: 'Valores que aparecen en los datos: {{values}}',
    planSpan:
      'El plan de referencia va de {{planFrom}} a {{planTo}} y los datos, de {{dataFrom}} a {{dataTo}}: no se solapan.',
  },
  flag: {
    touchBeforeStage: 'Primer contacto antes del traspaso',
  },
  flagHint: {
    touchBeforeStage:
      'Cuenta como atendido a tiempo, pero se contactó antes de que se traspasara: conviene revisar el proceso.',
  },
  period: {
    month: '{{month}}',
    quarter: '{{quarter}}T {{year}}',
    year: '{{year}}',
    fiscalQuarter: '{{quarter}}T del ejercicio {{year}}',
    fiscalYear: 'Ejercicio {{year}}',
  },
  coverage: {
    title: 'Qué fechas cubren los archivos',
    span: '{{file}}: del {{first}} al {{last}}',
    asOf: 'a {{date}}',
    endsEarly:
      '{{file}} termina el {{date}}: los periodos posteriores no se juzgan en las cláusulas que lo leen.',
    noDates: '{{file}} no tiene fechas: las cláusulas que lo leen no se pueden juzgar.',
  },
  legacy:
    'Medido con una versión anterior de Pacto (mes a mes, sin tener en cuenta qué fechas cubren los archivos ni las reglas por equipo). Vuelve a importar los archivos para juzgarlo con las reglas actuales.',
  teams: {
    title: 'Regla de revisión por equipo',
    caption:
      'Un equipo que incumple alguno de sus compromisos acordados {{rule}} meses seguidos reabre el acuerdo.',
    review: '{{team}}: toca revisar, compromisos incumplidos {{count}} meses seguidos (regla: {{rule}})',
    history: '{{team}}: {{length}} meses seguidos con incumplimientos, de {{from}} a {{to}}',
    behind: 'Por: {{clauses}}',
    none: 'Ningún equipo tiene aún un compromiso acordado y medible.',
  },
  flagged: {
    title: 'Atendidos a tiempo, con una observación',
    count: '{{shown}} de {{total}} registros',
  },
  summary: {
    title: 'De un vistazo',
    counts:
      'Último veredicto — cumplidas: {{met}} · incumplidas: {{missed}} · en curso: {{inProgress}} · no medibles: {{notMeasurable}}',
    team: 'Equipo',
    period: 'Periodo',
    notes: 'Ahora, o por qué no es medible',
    noReview: 'no acordada: sin revisión',
    teamOk: '{{team}}: no toca revisar ahora',
    teamEarlier: 'antes, {{length}} meses seguidos con incumplimientos, de {{from}} a {{to}}',
    notAgreed:
      'Incumplida {{count}} {{periods}} seguidos; no es un compromiso acordado ({{status}}), así que no activa la revisión',
    notJudged: '{{from}} – {{to}}: sin juzgar, los datos terminan el {{date}}',
    details: 'Detalle',
  },
  streaks: {
    title: 'Rachas de incumplimientos',
    run: 'de {{from}} a {{to}}: {{length}} {{periods}} seguidos',
    single: '{{period}}: incumplido una vez',
    reached: 'llegó a la regla de revisión ({{rule}})',
    none: 'Ningún periodo incumplido.',
  },
  planGap:
    'El plan de referencia ({{name}}) va de {{planFrom}} a {{planTo}} y los datos, de {{dataFrom}} a {{dataTo}}. No se solapan, así que no se dibuja el plan: ajusta el año fiscal del plan en Escenarios para comparar.',
  unit: {
    count: '{{value}}',
    share: '{{value}}',
    days: '{{value}} d',
  },
  scorecard: {
    title: 'Marcador',
    caption: 'Cada cláusula en su último periodo cerrado (su mes, trimestre o año)',
    clause: 'Cláusula',
    month: 'Mes',
    actual: 'Real',
    target: 'Objetivo',
    status: 'Estado',
    streak: 'Incumplida seguidos',
    review: 'Toca revisar: {{count}} {{periods}} seguidos incumplida (regla: {{rule}})',
    periods: { month: 'meses', quarter: 'trimestres', year: 'años' },
    noMonths: 'Ningún mes medido',
  },
  trend: {
    title: 'Evolución por cláusula',
    actual: 'Real',
    target: 'Objetivo',
    plan: 'Plan ({{name}})',
    progress:
      'Cada mes muestra la cifra del periodo hasta ese mes frente al objetivo del periodo: es avance, se juzga solo cuando el periodo termina.',
  },
  histogram: {
    title: 'Tiempo hasta el primer contacto',
    bands: ['0–5 min', '5–15 min', '15–60 min', '1–4 h', '4–24 h', '> 24 h'],
    untouched: 'Sin contactar',
    records: 'Registros',
    clause: 'Cláusula',
  },
  funnel: {
    title: 'Embudo: real frente a plan',
    noPlan: 'No hay escenario de referencia: marca uno en Escenarios para comparar.',
    stage: 'Etapa',
    actual: 'Real',
    plan: 'Plan ({{name}})',
    month: 'Mes',
    rates: 'Conversión: medida frente a planificada',
    from: 'De',
    to: 'A',
    measured: 'Medida',
    planned: 'Planificada',
    medianDays: 'Mediana de días',
    plannedDays: 'Días planificados',
  },
  owners: {
    title: 'Por responsable',
    owner: 'Responsable',
    unassigned: '(sin asignar)',
    records: 'Registros',
    breaches: 'Incumplimientos',
  },
  channels: {
    title: 'Por canal',
    channel: 'Canal',
    none: '(ninguno)',
  },
  breaches: {
    title: 'Registros que incumplen',
    count: '{{shown}} de {{total}} incumplimientos',
    capped: 'El acuerdo guarda los primeros {{cap}}; vuelve a importar para ver el resto.',
    filter: 'Filtrar',
    clause: 'Cláusula',
    record: 'Registro',
    month: 'Mes',
    owner: 'Responsable',
    channel: 'Canal',
    value: 'Medido',
    limit: 'Límite',
    all: 'Todas las cláusulas',
    never: 'nunca',
    sortHint: 'Pulsa el encabezado de una columna para ordenar',
  },
  changes: {
    title: 'Cambios desde la importación anterior ({{date}})',
    records: 'Registros: {{before}} → {{after}}',
    breaches: 'Incumplimientos: {{before}} → {{after}}',
    newMonths: 'Meses nuevos: {{months}}',
    none: 'Ninguna cláusula ha cambiado de estado.',
    change: '{{title}}, {{month}}: {{before}} → {{after}}',
    new: 'nuevo',
  },
  errors: {
    importGone:
      'Los registros importados ya no están en memoria (otra importación los sustituyó). Vuelve a importar los archivos.',
  },
  cli: {
    missingWorkbook: 'Falta --workbook <archivo.pacto>.',
    missingSource: 'Falta --source <archivo.csv>.',
    tooManySources: 'Como mucho dos archivos --source (leads y negocios, unidos con --join).',
    tooManySheets:
      '{{sheets}} opciones --sheet pero {{workbooks}} archivos .xlsx: indica una --sheet por libro, en orden.',
    joinNeeded: 'Con dos archivos hace falta --join <columna> (o un preset que conozca la clave).',
    presetAndMapping: 'Usa --preset o --mapping, no los dos.',
    unknownPreset: 'Preset desconocido «{{preset}}». Presets: {{names}}.',
    presetMismatch: 'Los archivos no parecen una exportación «{{preset}}» (el más parecido: {{found}}).',
    noPreset:
      'Las columnas de «{{files}}» no coinciden con ningún preset. Indica uno con --preset ({{names}}) o asigna las columnas con --mapping <asignación.json>.',
    badMapping:
      '«{{file}}» no es una asignación: se esperaba un objeto JSON de campo → columna ({{detail}}).',
    badAsOf: '--as-of «{{value}}» no es una fecha y hora ISO.',
    badDateWindow:
      '--date-window «{{value}}» no es un intervalo de fechas: escribe <desde>..<hasta> en ISO, p. ej. 1980-01-01..2030-12-31 (se puede omitir un extremo).',
    month: '  {{month}}  {{status}}  real {{actual}} · objetivo {{target}}',
    progress: '    {{month}}  {{actual}} (acumulado {{toDate}})',
    saved: 'Instantánea guardada en {{file}}.',
  },
};

export default { en, es };
