/** The CSV import wizard and its error messages (codes `import:errors.*`, see ../import/errors.ts). */
const en = {
  errors: {
    notCsv:
      '“{{file}}” does not look like a CSV file: no separator (comma, semicolon, tab or |) splits it into columns.',
    spreadsheet:
      '“{{file}}” is an Excel workbook or another zipped file, not a CSV. Open it in Excel and save it as “CSV UTF-8”.',
    binary: '“{{file}}” is not a text file (it looks like a {{kind}}). Choose the CSV exported by your CRM.',
    empty: '“{{file}}” is empty.',
    tooLarge:
      '“{{file}}” is {{size}} MB; Pacto imports files up to {{limit}} MB. Export fewer columns or a shorter period.',
    tooManyRows:
      '“{{file}}” has more than {{limit}} records, the most Pacto imports at once. Export a shorter period.',
    noId: 'Choose the column that holds each record’s id.',
    unknownColumn:
      '“{{file}}” has no column “{{column}}”. The mapping was made for another export; check it.',
    idNotInPrimary: 'The id column must come from the main file, not from “{{file}}”.',
    badSource: 'The mapping refers to file number {{index}}, which is not among the chosen files.',
    joinColumn: 'The key column “{{column}}” to join the files is not in “{{file}}”.',
    badTimeZone: '“{{zone}}” is not a time zone Pacto knows (expected a name such as Europe/Madrid).',
    badAsOf: '“{{value}}” is not a valid “as of” date.',
    dateOrderNeeded:
      'In “{{file}}”, column “{{column}}”, every date reads both as day/month and as month/day. Say which order the export uses.',
    noRecords: '“{{file}}” has no rows with an id: nothing to import.',
    read: 'Could not read “{{file}}”: {{detail}}',
    cancelled: 'The import was cancelled. Nothing was changed.',
    internal: 'The import failed unexpectedly: {{detail}}. Nothing was changed.',
  },
};
const es: typeof en = {
  errors: {
    notCsv:
      '«{{file}}» no parece un archivo CSV: ningún separador (coma, punto y coma, tabulador o |) lo divide en columnas.',
    spreadsheet:
      '«{{file}}» es un libro de Excel u otro archivo comprimido, no un CSV. Ábrelo en Excel y guárdalo como «CSV UTF-8».',
    binary: '«{{file}}» no es un archivo de texto (parece un {{kind}}). Elige el CSV exportado por tu CRM.',
    empty: '«{{file}}» está vacío.',
    tooLarge:
      '«{{file}}» ocupa {{size}} MB; Pacto importa archivos de hasta {{limit}} MB. Exporta menos columnas o un periodo más corto.',
    tooManyRows:
      '«{{file}}» tiene más de {{limit}} registros, el máximo que Pacto importa de una vez. Exporta un periodo más corto.',
    noId: 'Elige la columna que contiene el identificador de cada registro.',
    unknownColumn:
      '«{{file}}» no tiene la columna «{{column}}». La correspondencia se hizo para otra exportación; revísala.',
    idNotInPrimary: 'La columna de identificador debe venir del archivo principal, no de «{{file}}».',
    badSource: 'La correspondencia menciona el archivo número {{index}}, que no está entre los elegidos.',
    joinColumn: 'La columna clave «{{column}}» para unir los archivos no está en «{{file}}».',
    badTimeZone:
      '«{{zone}}» no es una zona horaria que Pacto conozca (se esperaba un nombre como Europe/Madrid).',
    badAsOf: '«{{value}}» no es una fecha de corte válida.',
    dateOrderNeeded:
      'En «{{file}}», columna «{{column}}», todas las fechas se leen tanto como día/mes como mes/día. Indica qué orden usa la exportación.',
    noRecords: '«{{file}}» no tiene filas con identificador: no hay nada que importar.',
    read: 'No se pudo leer «{{file}}»: {{detail}}',
    cancelled: 'Se canceló la importación. No se ha cambiado nada.',
    internal: 'La importación falló de forma inesperada: {{detail}}. No se ha cambiado nada.',
  },
};
export default { en, es };
