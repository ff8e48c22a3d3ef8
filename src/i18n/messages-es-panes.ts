/** Spanish texts of the panes: the form and built-in fields, the preview, import and export. */
import type { Translation } from './messages-en';
import type { enPanes } from './messages-en-panes';

/** The Spanish `enPanes`. */
export const esPanes: Translation<typeof enPanes> = {
  'form.label': 'Encabezado de la entrada',
  'form.problems': {
    one:
      'El encabezado tiene un problema. Corrígelo en el editor de Markdown; mientras tanto, los ' +
      'campos afectados quedan bloqueados y no se pierde nada.',
    other:
      'El encabezado tiene problemas. Corrígelos en el editor de Markdown; mientras tanto, los ' +
      'campos afectados quedan bloqueados y no se pierde nada.',
  },
  'form.errorAt': 'Línea {line}, columna {column}: {message}',
  'form.otherFields': 'Otros campos',
  'form.rawHint': 'YAML, tal como está escrito.',
  'form.rawWidget': 'Se edita como YAML: Pluma no tiene el widget «{widget}».',
  'form.rawWidgetUnknown': 'Se edita como YAML: Pluma no tiene ese widget.',
  'form.readOnly': 'Edita este valor en el editor de Markdown.',
  'form.required': 'Obligatorio',
  'form.offset': 'Zona horaria, tal como está escrita en la entrada',
  'form.listHint': 'Separa los elementos con comas.',
  'form.item': '{label} {n}',
  'form.removeItem': 'Quitar {label} {n}',
  'form.addItem': 'Agregar {label}',
  'field.layout.label': 'Plantilla',
  'field.title.label': 'Título',
  'field.title.hint':
    'La página de la entrada muestra solo los primeros {count} caracteres del título.',
  'field.intro.label': 'Introducción',
  'field.intro.hint':
    'Se muestra en la portada, en las vistas previas de entradas (primeros 112 caracteres) y en ' +
    'el feed.',
  'field.date.label': 'Fecha',
  'field.categories.label': 'Categorías',
  'field.highlighted.label': 'Destacada',
  'field.highlighted.hint': 'Las entradas destacadas aparecen primero en la portada.',
  'field.share_message.label': 'Mensaje para compartir',
  'field.single_image.label': 'Imágenes',
  'field.single_image.label_singular': 'Imagen',
  'field.single_image.hint':
    'Una imagen se muestra con su pie de foto; dos o más forman un carrusel.',
  'field.single_image.img.label': 'URL de la imagen',
  'field.single_image.caption.label': 'Pie de foto',
  'field.video.label': 'Video',
  'field.video.hint': 'Un video de YouTube, que se muestra si la entrada no tiene imagen.',
  'field.body.label': 'Cuerpo',

  'preview.frame': 'Vista previa',
  'preview.options': 'Opciones de la vista previa',
  'preview.view': 'Vista',
  'preview.width': 'Ancho',
  'preview.post': 'Entrada',
  'preview.postView': 'Vista de entrada',
  'preview.card': 'Tarjeta',
  'preview.cardView': 'Vista de tarjeta',
  'preview.phone': 'Teléfono',
  'preview.phoneHint': '375 px de ancho',
  'preview.tablet': 'Tableta',
  'preview.tabletHint': '768 px de ancho',
  'preview.desktop': 'Escritorio',
  'preview.desktopHint': 'Ancho completo',
  'preview.stylesheetUrl': 'URL de la hoja de estilos',
  'preview.stylesheetFile': 'Archivo de hoja de estilos',
  'preview.defaultLook': 'Usar el aspecto de Pluma',
  'preview.removeFile': 'Quitar {name}',
  'preview.removeStylesheet': 'Quitar la hoja de estilos',
  'preview.httpOnly': 'Usa una dirección http(s).',
  'preview.cssTooLarge': '{name} es demasiado grande para ser una hoja de estilos.',
  'preview.tooLong':
    'La vista previa tardó demasiado y se reinició. Volverá a intentarlo con tu próxima edición.',
  'preview.crashed':
    'La vista previa dejó de funcionar y se reinició. Volverá a intentarlo con tu próxima edición.',
  'preview.refusedTooDeep':
    'Este bloque está anidado demasiado hondo para la vista previa. Su texto se conserva tal cual.',
  'preview.refusedTooLong':
    'Este bloque es demasiado largo para la vista previa ({size} caracteres; el límite es {limit}). Su texto se conserva tal cual.',
  'preview.refusedDocument':
    'Esta entrada es demasiado larga para la vista previa ({size} caracteres; el límite es {limit}). Su texto se conserva tal cual.',
  'preview.failed': 'La vista previa no pudo mostrar este texto: {error}',
  'layout.titleCut': 'Aquí se corta el título',
  'layout.introCut': 'Aquí se corta la introducción',
  'layout.imageRefused': 'Imagen no mostrada (URL no admitida): {url}',
  'layout.noImage': 'Falta la URL de la imagen',
  'layout.slide': 'Imagen {n} de {total}',
  'layout.video': 'Video: {url}',
  'layout.videoThumb': 'Miniatura del video',

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
