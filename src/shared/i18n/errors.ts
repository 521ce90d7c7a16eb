/** Messages for AppError codes (see ../errors/result.ts). Each names the file, row and column where it can. */
const en = {
  file: {
    notJson:
      '“{{file}}” is damaged or is not a Pacto workbook (it is not valid JSON: {{detail}}). Nothing was changed.',
    foreign: '“{{file}}” is a JSON file, but not a Pacto workbook. Nothing was changed.',
    newerVersion:
      '“{{file}}” was saved by a newer Pacto (format {{version}}; this version reads up to {{supported}}). Update Pacto to open it. Nothing was changed.',
    invalid: '“{{file}}” is not a valid workbook: field “{{field}}”: {{detail}}. Nothing was changed.',
    read: 'Could not read “{{file}}”: {{detail}}',
    write: 'Could not save “{{file}}”: {{detail}}. The previous version on disk is intact.',
    tooLarge: '“{{file}}” is {{size}} MB; Pacto opens workbooks up to {{limit}} MB.',
  },
  ipc: {
    unknownChannel: 'Unknown request “{{channel}}”.',
    invalidInput: 'The request “{{channel}}” was malformed: {{detail}}',
    forbidden: 'The request came from a page Pacto does not trust.',
    internal: 'Something went wrong: {{detail}}',
  },
  link: {
    notHttps: 'Only https links can be opened.',
  },
};
const es: typeof en = {
  file: {
    notJson:
      '«{{file}}» está dañado o no es un acuerdo de Pacto (no es JSON válido: {{detail}}). No se ha cambiado nada.',
    foreign: '«{{file}}» es un archivo JSON, pero no un acuerdo de Pacto. No se ha cambiado nada.',
    newerVersion:
      '«{{file}}» se guardó con un Pacto más reciente (formato {{version}}; esta versión lee hasta el {{supported}}). Actualiza Pacto para abrirlo. No se ha cambiado nada.',
    invalid: '«{{file}}» no es un acuerdo válido: campo «{{field}}»: {{detail}}. No se ha cambiado nada.',
    read: 'No se pudo leer «{{file}}»: {{detail}}',
    write: 'No se pudo guardar «{{file}}»: {{detail}}. La versión anterior en disco está intacta.',
    tooLarge: '«{{file}}» ocupa {{size}} MB; Pacto abre acuerdos de hasta {{limit}} MB.',
  },
  ipc: {
    unknownChannel: 'Petición desconocida «{{channel}}».',
    invalidInput: 'La petición «{{channel}}» no tenía el formato correcto: {{detail}}',
    forbidden: 'La petición venía de una página en la que Pacto no confía.',
    internal: 'Algo ha fallado: {{detail}}',
  },
  link: {
    notHttps: 'Solo se pueden abrir enlaces https.',
  },
};
export default { en, es };
