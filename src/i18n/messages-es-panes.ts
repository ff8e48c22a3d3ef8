/** Spanish texts of the panes: import, export, backups and the blog folder. */
import type { Translation } from './messages-en';
import type { enPanes } from './messages-en-panes';

/** The Spanish `enPanes`. */
export const esPanes: Translation<typeof enPanes> = {
  'ie.files': 'Archivos',
  'import.label': 'Importar',
  'import.alreadyTitle': 'Ya importado',
  'import.duplicates': {
    one: 'Este archivo coincide con un borrador que ya tienes (mismo nombre y texto):',
    other: 'Estos archivos coinciden con borradores que ya tienes (mismo nombre y texto):',
  },
  'import.copies': 'Importar copias',
  'import.skip': 'Omitir',
  'import.done': { one: 'Se importó 1 archivo.', other: 'Se importaron {count} archivos.' },
  'import.nothing': 'No se importó nada.',
  'import.noStorage':
    'Pluma no puede guardar borradores en este navegador, así que no se importaron los archivos.',
  'import.failed': 'Falló la importación: {error}',
  'import.refused': '«{name}» no se importó: {why}',
  'import.why.tooLarge': 'pesa {size}, y Pluma importa archivos de texto de hasta {max}.',
  'import.why.format': 'es {format}, no un archivo Markdown o de texto.',
  'import.why.binary': 'contiene datos binarios, no texto.',
  'import.why.notUtf8': 'no es texto UTF-8. Guárdalo como UTF-8 en tu editor e impórtalo de nuevo.',
  'import.why.badUtf16': 'dice ser texto UTF-16, pero no es UTF-16 válido.',
  'import.format.png': 'una imagen PNG',
  'import.format.jpeg': 'una imagen JPEG',
  'import.format.gif': 'una imagen GIF',
  'import.format.pdf': 'un documento PDF',
  'import.format.zip': 'un archivo ZIP (o un archivo de Word/OpenDocument)',
  'import.format.webp': 'una imagen WebP',
  'import.utf16': '«{name}» estaba en UTF-16; Pluma lo guarda y lo exporta en UTF-8.',
  'image.storeFailed': 'No se pudo guardar la imagen «{name}»: {error}',
  'export.button': 'Exportar',
  'export.title': 'Exportar',
  'export.fileName': 'Nombre del archivo',
  'export.where':
    'Va en {folder}{note}. El archivo se guarda en UTF-8, byte por byte como lo muestra el editor.',
  'export.noDate': ' (la entrada no tiene fecha, así que Jekyll la trata como borrador)',
  'export.withImages': {
    one: 'Incluir su imagen (descarga un .zip ordenado como el repositorio del blog)',
    other: 'Incluir sus {count} imágenes (descarga un .zip ordenado como el repositorio del blog)',
  },
  'export.fixFirst': 'Corrige esto antes de exportar:',
  'export.errors': 'Errores',
  'export.warnings': 'Advertencias',
  'export.errorLine': 'Línea {line}: {message}',
  'export.download': 'Descargar',
  'export.anyway': 'Exportar de todos modos',
  'export.copy': 'Copiar Markdown',
  'export.copied': 'Markdown copiado al portapapeles.',
  'export.copyRefused': 'El navegador no permitió copiar; selecciona el texto en el editor.',
  'export.imagesUnreadable': 'No se pudieron leer las imágenes guardadas con este borrador.',
  'exportReady.button': 'Exportar entradas listas',
  'exportReady.selected': 'Exportar entradas elegidas',
  'exportReady.none': 'Ningún borrador está marcado como listo para exportar.',
  'exportReady.done': { one: 'Se exportó 1 entrada.', other: 'Se exportaron {count} entradas.' },
  'exportReady.renamed': ' Renombradas para evitar choques: {list}.',
  'exportReady.failed': 'Falló la exportación: {error}',
  'backup.button': 'Respaldar todo',
  'backup.restore': 'Restaurar respaldo',
  'backup.done': 'Se respaldaron {drafts} borradores y {images} imágenes.',
  'backup.leftOut': ' Se omitieron {count} registros ilegibles.',
  'backup.failed': 'Falló el respaldo: {error}',
  'backup.restored':
    'Se restauraron {added} borradores, se reemplazaron {replaced} y {kept} quedaron como estaban.',
  'backup.restoreFailed': 'Falló la restauración y no se cambió nada: {error}',
  'backup.tooLarge': '«{name}» pesa más de 1 GB; no es un respaldo de Pluma.',
  'backup.refused': '«{name}»: {reason}',
  'backup.newerTitle': 'Borradores más nuevos aquí',
  'backup.newerText':
    'Estos borradores cambiaron aquí después de hacer el respaldo. Marca los que quieras ' +
    'reemplazar con la versión del respaldo (el texto de aquí queda en su historial); los demás ' +
    'quedan como están.',
  'backup.dates': '{title} — aquí {here}, en el respaldo {backup}',
  'folder.save': 'Guardar en el archivo',
  'folder.savedTo': 'Guardado en {name}.',
  'folder.saveFailed': 'No se pudo guardar en {name}: {error}',
  'folder.open': 'Abrir la carpeta del blog',
  'folder.noApi':
    'Este navegador no puede abrir carpetas de tu disco (no tiene la API File System Access); ' +
    'usa Importar y Exportar, o Chrome o Edge.',
  'folder.readFailed': 'No se pudo leer la carpeta: {error}',
  'folder.fileFailed': 'No se pudo leer «{path}»: {error}',
  'folder.list': 'Carpeta del blog',
  'folder.empty': 'No hay entradas en _posts/ ni en _drafts/.',
};
