/** Messages for AppError codes (see ../errors/result.ts). Each names the file, row and column where it can. */
const en = {
  file: {
    notJson: '“{{file}}” is damaged or is not a Pacto workbook: it is not valid JSON. Nothing was changed.',
    notJsonAt:
      '“{{file}}” is damaged or is not a Pacto workbook: it is not valid JSON (line {{line}}, column {{column}}). Nothing was changed.',
    truncated:
      '“{{file}}” is damaged: it ends in the middle of the workbook (cut short while it was copied or saved?). Nothing was changed.',
    tooDeep:
      '“{{file}}” is not a Pacto workbook: its lists and objects nest more than {{limit}} levels deep. Nothing was changed.',
    notText: '“{{file}}” is not a Pacto workbook: it is not UTF-8 text. Nothing was changed.',
    foreign: '“{{file}}” is a JSON file, but not a Pacto workbook. Nothing was changed.',
    newerVersion:
      '“{{file}}” was saved by a newer Pacto (format {{version}}; this version reads up to {{supported}}). Update Pacto to open it. Nothing was changed.',
    invalid: '“{{file}}” is not a valid workbook: field “{{field}}”: {{detail}}. Nothing was changed.',
    read: 'Could not read “{{file}}”: {{detail}}',
    write: 'Could not save “{{file}}”: {{detail}}. The previous version on disk is intact.',
    writeNew: 'Could not save “{{file}}”: {{detail}}.',
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
  /** System errors (a `detail` that is an errno code), in words. */
  os: {
    ENOENT: 'no such file or folder',
    EISDIR: 'it is a folder, not a file',
    ENOTDIR: 'part of the path is not a folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the disk is read-only',
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    EBUSY: 'the file is in use by another program',
    EMFILE: 'too many files are open',
    ENAMETOOLONG: 'the name is too long',
    EEXIST: 'the file already exists',
    EIO: 'the disk could not be read or written',
  },
};
const es: typeof en = {
  file: {
    notJson: '«{{file}}» está dañado o no es un acuerdo de Pacto: no es JSON válido. No se ha cambiado nada.',
    notJsonAt:
      '«{{file}}» está dañado o no es un acuerdo de Pacto: no es JSON válido (línea {{line}}, columna {{column}}). No se ha cambiado nada.',
    truncated:
      '«{{file}}» está dañado: termina a mitad del acuerdo (¿se cortó al copiarlo o guardarlo?). No se ha cambiado nada.',
    tooDeep:
      '«{{file}}» no es un acuerdo de Pacto: sus listas y objetos se anidan a más de {{limit}} niveles. No se ha cambiado nada.',
    notText: '«{{file}}» no es un acuerdo de Pacto: no es texto UTF-8. No se ha cambiado nada.',
    foreign: '«{{file}}» es un archivo JSON, pero no un acuerdo de Pacto. No se ha cambiado nada.',
    newerVersion:
      '«{{file}}» se guardó con un Pacto más reciente (formato {{version}}; esta versión lee hasta el {{supported}}). Actualiza Pacto para abrirlo. No se ha cambiado nada.',
    invalid: '«{{file}}» no es un acuerdo válido: campo «{{field}}»: {{detail}}. No se ha cambiado nada.',
    read: 'No se pudo leer «{{file}}»: {{detail}}',
    write: 'No se pudo guardar «{{file}}»: {{detail}}. La versión anterior en disco está intacta.',
    writeNew: 'No se pudo guardar «{{file}}»: {{detail}}.',
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
  os: {
    ENOENT: 'no existe el archivo o la carpeta',
    EISDIR: 'es una carpeta, no un archivo',
    ENOTDIR: 'parte de la ruta no es una carpeta',
    EACCES: 'permiso denegado',
    EPERM: 'permiso denegado',
    EROFS: 'el disco es de solo lectura',
    ENOSPC: 'el disco está lleno',
    EDQUOT: 'se ha agotado la cuota de disco',
    EBUSY: 'otro programa está usando el archivo',
    EMFILE: 'hay demasiados archivos abiertos',
    ENAMETOOLONG: 'el nombre es demasiado largo',
    EEXIST: 'el archivo ya existe',
    EIO: 'no se pudo leer o escribir en el disco',
  },
};
export default { en, es };
