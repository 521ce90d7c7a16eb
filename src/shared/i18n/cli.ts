/**
 * The `pacto` command line's own words: help (summary, usage, every option, examples), usage errors
 * and the headings of its text output. Verdicts, plan figures and file errors use the app's catalogs,
 * so the terminal says them as the app does.
 */
const en = {
  tagline: 'the sales–marketing SLA workbook, from the command line.',
  usage: 'Usage',
  options: 'Options',
  optionsWord: 'options',
  command: 'command',
  commands: 'Commands',
  examples: 'Examples',
  moreHelp: 'Run “pacto <command> --help” for its options and examples.',
  commandHelp: 'Run “pacto {{command}} --help” for its options and examples.',
  exitCodes: 'Exit codes: 0 done, 1 failed (stderr says why), 2 bad usage.',
  args: {
    workbook: '<file.pacto>',
    file: '<file>',
    csv: '<export.csv>',
    column: '<column>',
    sheet: '<sheet>',
    name: '<name>',
    mapping: '<mapping.json>',
    instant: '<ISO date-time>',
    window: '<from>..<to>',
    stageValue: '<CRM value>=<stage>',
    zone: '<IANA zone>',
    xlsx: '<out.xlsx>',
    pdf: '<out.pdf>',
    paper: '<a4|letter>',
    lang: '<es|en>',
  },
  common: {
    lang: 'Language of the messages (default: from $LANG)',
    help: 'Show this help',
    version: 'Show the version',
  },
  errors: {
    unknownCommand: 'Unknown command “{{name}}”. Commands: {{names}}.',
    unknownOption: 'Unknown option “{{option}}”.',
    unknownOptionNear: 'Unknown option “{{option}}”. Did you mean {{near}}?',
    missingValue: 'The option {{option}} needs a value.',
    noValue: 'The option {{option}} takes no value.',
    unexpected: 'Unexpected “{{arg}}”: values go after their option (for example -w sla.pacto).',
    unknownLang: 'Unknown language “{{lang}}”: use es or en.',
    missing: 'Missing {{option}}.',
    badZone: 'Unknown time zone “{{zone}}”: use an IANA name such as Europe/Madrid or America/New_York.',
    unknownPaper: 'Unknown paper size “{{paper}}”. Sizes: {{names}}.',
    noChromePath:
      'CHROME_PATH is set to “{{path}}”, which does not exist. Point it at a Chrome or Chromium executable, or unset it.',
    nothingWritten: 'Nothing was written.',
    xlsxWritten: 'The Excel file was written: {{file}}',
  },
  new: {
    summary: 'Create a workbook from a template.',
    usage: 'pacto new -o <file.pacto> [-t <template>] [-l es|en] [-f]',
    options: {
      template: 'The template: {{templates}} (default: b2b, the complete example agreement)',
      out: 'Where to write the workbook (required)',
      force: 'Replace the file if it exists',
      lang: 'Language of the workbook and of the messages (default: from $LANG)',
    },
    examples: [
      { title: 'The example agreement, in Spanish', command: 'pacto new -t b2b -l es -o sla.pacto' },
      { title: 'An empty workbook', command: 'pacto new -t blank -o empty.pacto' },
    ],
  },
  plan: {
    summary: 'Show a scenario’s reverse funnel: the volume each stage needs, month by month.',
    usage: 'pacto plan -w <file.pacto> [-n <scenario>] [--json]',
    options: {
      workbook: 'The workbook (required)',
      scenario: 'The scenario, by name (default: the plan of record)',
      json: 'Print one JSON object, for scripts',
    },
    examples: [
      { title: 'The plan of record, as a table', command: 'pacto plan -w sla.pacto' },
      {
        title: 'Another scenario, as JSON',
        command: 'pacto plan -w sla.pacto -n Ambitious --json > plan.json',
      },
    ],
    heading: '{{scenario}}{{por}} — {{file}}',
    fiscalYear: 'Fiscal year {{year}}, from {{from}}',
    figures: '{{customersLabel}}: {{customers}} · {{revenueLabel}}: {{revenue}}',
    capacity:
      'Capacity: {{reps}} reps × {{perRep}} = {{perMonth}} {{stage}} a month; {{peakLabel}}: {{peak}}',
    noCapacity: 'Capacity: not set (reps and leads per rep in the scenario).',
    warnings: 'Warnings:',
  },
  measure: {
    summary: 'Measure the clauses against CRM exports (CSV or .xlsx) and summarise the verdicts.',
    usage: 'pacto measure -w <file.pacto> -s <export.csv> [-s <deals.csv> -j <column>] [options]',
    options: {
      workbook: 'The workbook (required)',
      source: 'A CRM export, CSV or .xlsx (required); give it twice for leads + deals',
      join: 'The key column both files share (for two sources)',
      activities:
        'An activity export (calls, emails, meetings: HubSpot, Salesforce, Pipedrive), linked by contact id; repeatable',
      sheet:
        'The sheet of an .xlsx file, one per .xlsx in order, sources then activities (default: the first)',
      preset: 'Read the columns as a CRM names them: {{presets}} (default: the best match)',
      mapping: 'Read the columns as a JSON mapping says: {"<field>": "<column>"}',
      'as-of': 'The instant the export was taken (default: its latest timestamp)',
      'time-zone': 'Zone of the export’s dates (default: the workbook calendar’s)',
      'date-window':
        'Dates outside it are set aside as implausible, e.g. 1980-01-01..2030-12-31 (default: 1990-01-01 to a year after “as of”)',
      'stage-value':
        'A value of the current-stage column read as a stage (id or name), e.g. "Working - Contacted=SAL"; repeatable, kept by --save',
      save: 'Keep the result in the workbook, for the app’s dashboard',
      detail: 'Every period and month of every clause, instead of the summary',
      json: 'Print one JSON object, for scripts',
    },
    examples: [
      { title: 'A HubSpot export', command: 'pacto measure -w sla.pacto -s contacts.csv -p hubspot' },
      {
        title: 'Leads and deals joined on a key, saved in the workbook',
        command: 'pacto measure -w sla.pacto -s leads.csv -s deals.csv -j mql_id -p olist --save',
      },
      {
        title: 'For a script',
        command: 'pacto measure -w sla.pacto -s contacts.csv --json > 2027-03.json',
      },
      {
        title: 'An Excel sheet, with the calls and emails logged on its contacts',
        command:
          'pacto measure -w sla.pacto -s contacts.xlsx --sheet Contacts --activities calls.csv --activities emails.csv',
      },
    ],
    title: '{{records}} records as of {{asOf}} ({{zone}})',
    latest: 'Latest verdict',
    clause: 'Clause',
    clausesHeading: 'Clauses',
    nowHeading: 'In progress',
    now: '{{title}}: {{period}} {{status}}, {{actual}} so far (target {{target}})',
    overCapacityHeading: 'Sales reps over capacity',
    overCapacity: '{{title}}: {{count}} rep-months over, in {{unit}}: {{list}}',
    overCapacityItem: '{{owner}} {{month}} ({{handed}} for {{capacity}})',
    unmeasurableHeading: 'Not measurable',
    unmeasurable: '{{title}}: {{reason}}',
    noVerdict: 'no verdict yet',
    periods_one: '{{span}}',
    periods_other: '{{count}} periods: {{span}}',
    review: 'review due',
    teamsHeading: 'Teams (review rule: {{rule}} months in a row)',
    teamOk: '{{team}}: no review due',
    teamLongest: '{{team}}: no review due; longest run {{length}} months, {{from}} to {{to}}',
    coverageHeading: 'What the files cover',
    source: '{{file}}: {{first}} to {{last}}, as of {{asOf}}',
    more: 'Every period: --detail · for scripts: --json',
    qualityHeading: 'Lead quality',
    rejections_one: '{{title}}: {{rejected}} rejection in {{month}} ({{reasons}})',
    rejections_other: '{{title}}: {{rejected}} rejections in {{month}} ({{reasons}})',
    belowThreshold_one:
      '{{title}}: {{below}} hand-over below the threshold of {{threshold}} or without a score ({{scores}}; listed by --detail)',
    belowThreshold_other:
      '{{title}}: {{below}} hand-overs below the threshold of {{threshold}} or without a score ({{scores}}; listed by --detail)',
    threshold: '  Scoring threshold: {{threshold}} points',
    decisions:
      '    {{month}}: {{accepted}} accepted, {{rejected}} rejected, {{pending}} pending, {{undecided}} undecided — {{reasons}}',
    belowHeading: '  Below the threshold ({{shown}} of {{total}}):',
    score: 'Score',
    shortHeading: '  Short of the agreed touches ({{shown}} of {{total}}; every one in --json):',
    touches: 'Touches in the window',
  },
  export: {
    summary: 'Export the agreement to Excel (.xlsx) and/or PDF.',
    usage:
      'pacto export -w <file.pacto> [--xlsx <out.xlsx>] [--pdf <out.pdf>] [--paper a4|letter] [-l es|en]',
    options: {
      workbook: 'The workbook (required)',
      xlsx: 'Write the Excel workbook (sheets per section, live funnel formulas)',
      pdf: 'Write the signable PDF (needs Chrome or Chromium, or CHROME_PATH)',
      paper: 'Paper size: {{papers}} (default: a4)',
      lang: 'Language of the documents (default: the workbook’s) and of the messages',
    },
    examples: [
      {
        title: 'Both files, in Spanish',
        command: 'pacto export -w sla.pacto --xlsx sla.xlsx --pdf sla.pdf -l es',
      },
      { title: 'A US Letter PDF', command: 'pacto export -w sla.pacto --pdf sla.pdf --paper letter' },
    ],
  },
};

const es: typeof en = {
  tagline: 'el acuerdo de nivel de servicio entre ventas y marketing, desde la línea de órdenes.',
  usage: 'Uso',
  options: 'Opciones',
  optionsWord: 'opciones',
  command: 'orden',
  commands: 'Órdenes',
  examples: 'Ejemplos',
  moreHelp: 'Ejecuta «pacto <orden> --help» para ver sus opciones y ejemplos.',
  commandHelp: 'Ejecuta «pacto {{command}} --help» para ver sus opciones y ejemplos.',
  exitCodes: 'Códigos de salida: 0 hecho, 1 fallo (stderr dice por qué), 2 uso incorrecto.',
  args: {
    workbook: '<archivo.pacto>',
    file: '<archivo>',
    csv: '<exportación.csv>',
    column: '<columna>',
    sheet: '<hoja>',
    name: '<nombre>',
    mapping: '<asignación.json>',
    instant: '<fecha-hora ISO>',
    window: '<desde>..<hasta>',
    stageValue: '<valor del CRM>=<etapa>',
    zone: '<zona IANA>',
    xlsx: '<salida.xlsx>',
    pdf: '<salida.pdf>',
    paper: '<a4|letter>',
    lang: '<es|en>',
  },
  common: {
    lang: 'Idioma de los mensajes (por defecto: según $LANG)',
    help: 'Muestra esta ayuda',
    version: 'Muestra la versión',
  },
  errors: {
    unknownCommand: 'Orden desconocida «{{name}}». Órdenes: {{names}}.',
    unknownOption: 'Opción desconocida «{{option}}».',
    unknownOptionNear: 'Opción desconocida «{{option}}». ¿Querías decir {{near}}?',
    missingValue: 'La opción {{option}} necesita un valor.',
    noValue: 'La opción {{option}} no lleva valor.',
    unexpected: '«{{arg}}» inesperado: los valores van tras su opción (por ejemplo -w sla.pacto).',
    unknownLang: 'Idioma desconocido «{{lang}}»: usa es o en.',
    missing: 'Falta {{option}}.',
    badZone: 'Zona horaria desconocida «{{zone}}»: usa un nombre IANA como Europe/Madrid o America/New_York.',
    unknownPaper: 'Tamaño de papel desconocido «{{paper}}». Tamaños: {{names}}.',
    noChromePath:
      'CHROME_PATH indica «{{path}}», que no existe. Apúntalo a un ejecutable de Chrome o Chromium, o quítalo.',
    nothingWritten: 'No se ha escrito nada.',
    xlsxWritten: 'El archivo Excel sí se ha escrito: {{file}}',
  },
  new: {
    summary: 'Crea un acuerdo a partir de una plantilla.',
    usage: 'pacto new -o <archivo.pacto> [-t <plantilla>] [-l es|en] [-f]',
    options: {
      template: 'La plantilla: {{templates}} (por defecto: b2b, el acuerdo de ejemplo completo)',
      out: 'Dónde escribir el acuerdo (obligatorio)',
      force: 'Sustituye el archivo si ya existe',
      lang: 'Idioma del acuerdo y de los mensajes (por defecto: según $LANG)',
    },
    examples: [
      { title: 'El acuerdo de ejemplo, en español', command: 'pacto new -t b2b -l es -o acuerdo.pacto' },
      { title: 'Un acuerdo vacío', command: 'pacto new -t blank -o vacio.pacto' },
    ],
  },
  plan: {
    summary: 'Muestra el embudo inverso de un escenario: el volumen que necesita cada etapa, mes a mes.',
    usage: 'pacto plan -w <archivo.pacto> [-n <escenario>] [--json]',
    options: {
      workbook: 'El acuerdo (obligatorio)',
      scenario: 'El escenario, por su nombre (por defecto: el plan oficial)',
      json: 'Imprime un objeto JSON, para scripts',
    },
    examples: [
      { title: 'El plan oficial, como tabla', command: 'pacto plan -w acuerdo.pacto' },
      {
        title: 'Otro escenario, en JSON',
        command: 'pacto plan -w acuerdo.pacto -n Ambicioso --json > plan.json',
      },
    ],
    heading: '{{scenario}}{{por}} — {{file}}',
    fiscalYear: 'Año fiscal {{year}}, desde {{from}}',
    figures: '{{customersLabel}}: {{customers}} · {{revenueLabel}}: {{revenue}}',
    capacity:
      'Capacidad: {{reps}} comerciales × {{perRep}} = {{perMonth}} {{stage}} al mes; {{peakLabel}}: {{peak}}',
    noCapacity: 'Capacidad: sin indicar (comerciales y leads por comercial en el escenario).',
    warnings: 'Avisos:',
  },
  measure: {
    summary: 'Mide las cláusulas con exportaciones del CRM (CSV o .xlsx) y resume los veredictos.',
    usage:
      'pacto measure -w <archivo.pacto> -s <exportación.csv> [-s <negocios.csv> -j <columna>] [opciones]',
    options: {
      workbook: 'El acuerdo (obligatorio)',
      source: 'Una exportación del CRM, CSV o .xlsx (obligatorio); dos veces para leads + negocios',
      join: 'La columna clave que comparten los dos archivos (con dos orígenes)',
      activities:
        'Una exportación de actividades (llamadas, correos, reuniones: HubSpot, Salesforce, Pipedrive), unida por el identificador del contacto; repetible',
      sheet:
        'La hoja de un archivo .xlsx, una por .xlsx y en orden, orígenes y luego actividades (por defecto: la primera)',
      preset: 'Lee las columnas como las nombra un CRM: {{presets}} (por defecto: el más parecido)',
      mapping: 'Lee las columnas según una asignación JSON: {"<campo>": "<columna>"}',
      'as-of': 'El instante en que se hizo la exportación (por defecto: su última fecha)',
      'time-zone': 'Zona de las fechas de la exportación (por defecto: la del calendario del acuerdo)',
      'date-window':
        'Las fechas fuera de él se apartan por inverosímiles, p. ej. 1980-01-01..2030-12-31 (por defecto: del 1990-01-01 a un año después de la fecha de corte)',
      'stage-value':
        'Un valor de la columna de etapa actual leído como una etapa (identificador o nombre), p. ej. "Working - Contacted=SAL"; repetible, --save lo guarda',
      save: 'Guarda el resultado en el acuerdo, para el panel de la aplicación',
      detail: 'Cada periodo y mes de cada cláusula, en lugar del resumen',
      json: 'Imprime un objeto JSON, para scripts',
    },
    examples: [
      {
        title: 'Una exportación de HubSpot',
        command: 'pacto measure -w acuerdo.pacto -s contactos.csv -p hubspot-es',
      },
      {
        title: 'Leads y negocios unidos por una clave, guardado en el acuerdo',
        command: 'pacto measure -w acuerdo.pacto -s leads.csv -s negocios.csv -j mql_id -p olist --save',
      },
      {
        title: 'Para un script',
        command: 'pacto measure -w acuerdo.pacto -s contactos.csv --json > 2027-03.json',
      },
      {
        title: 'Una hoja de Excel, con las llamadas y correos registrados sobre sus contactos',
        command:
          'pacto measure -w acuerdo.pacto -s contactos.xlsx --sheet Contactos --activities llamadas.csv --activities correos.csv',
      },
    ],
    title: '{{records}} registros a {{asOf}} ({{zone}})',
    latest: 'Último veredicto',
    clause: 'Cláusula',
    clausesHeading: 'Cláusulas',
    nowHeading: 'En curso',
    now: '{{title}}: {{period}} {{status}}, {{actual}} hasta ahora (objetivo {{target}})',
    overCapacityHeading: 'Comerciales por encima de su capacidad',
    overCapacity: '{{title}}: {{count}} meses-comercial por encima, en {{unit}}: {{list}}',
    overCapacityItem: '{{owner}} {{month}} ({{handed}} para {{capacity}})',
    unmeasurableHeading: 'No medibles',
    unmeasurable: '{{title}}: {{reason}}',
    noVerdict: 'aún sin veredicto',
    periods_one: '{{span}}',
    periods_other: '{{count}} periodos: {{span}}',
    review: 'toca revisión',
    teamsHeading: 'Equipos (regla de revisión: {{rule}} meses seguidos)',
    teamOk: '{{team}}: no toca revisión',
    teamLongest: '{{team}}: no toca revisión; racha más larga {{length}} meses, de {{from}} a {{to}}',
    coverageHeading: 'Qué cubren los archivos',
    source: '{{file}}: de {{first}} a {{last}}, a {{asOf}}',
    more: 'Cada periodo: --detail · para scripts: --json',
    qualityHeading: 'Calidad de los leads',
    rejections_one: '{{title}}: {{rejected}} rechazo en {{month}} ({{reasons}})',
    rejections_other: '{{title}}: {{rejected}} rechazos en {{month}} ({{reasons}})',
    belowThreshold_one:
      '{{title}}: {{below}} traspaso por debajo del umbral de {{threshold}} o sin puntuación ({{scores}}; lista en --detail)',
    belowThreshold_other:
      '{{title}}: {{below}} traspasos por debajo del umbral de {{threshold}} o sin puntuación ({{scores}}; lista en --detail)',
    threshold: '  Umbral de scoring: {{threshold}} puntos',
    decisions:
      '    {{month}}: {{accepted}} aceptados, {{rejected}} rechazados, {{pending}} pendientes, {{undecided}} sin decidir — {{reasons}}',
    belowHeading: '  Por debajo del umbral ({{shown}} de {{total}}):',
    score: 'Puntuación',
    shortHeading: '  Sin los contactos acordados ({{shown}} de {{total}}; todos en --json):',
    touches: 'Contactos en el plazo',
  },
  export: {
    summary: 'Exporta el acuerdo a Excel (.xlsx) y/o PDF.',
    usage:
      'pacto export -w <archivo.pacto> [--xlsx <salida.xlsx>] [--pdf <salida.pdf>] [--paper a4|letter] [-l es|en]',
    options: {
      workbook: 'El acuerdo (obligatorio)',
      xlsx: 'Escribe el libro Excel (una hoja por sección, fórmulas vivas del embudo)',
      pdf: 'Escribe el PDF para firmar (necesita Chrome o Chromium, o CHROME_PATH)',
      paper: 'Tamaño de papel: {{papers}} (por defecto: a4)',
      lang: 'Idioma de los documentos (por defecto: el del acuerdo) y de los mensajes',
    },
    examples: [
      {
        title: 'Los dos archivos, en español',
        command: 'pacto export -w acuerdo.pacto --xlsx acuerdo.xlsx --pdf acuerdo.pdf -l es',
      },
      {
        title: 'Un PDF en tamaño carta (EE. UU.)',
        command: 'pacto export -w acuerdo.pacto --pdf acuerdo.pdf --paper letter',
      },
    ],
  },
};

export default { en, es };
