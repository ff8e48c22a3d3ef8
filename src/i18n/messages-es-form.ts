/** Spanish texts of the front-matter form and built-in fields, and the preview. */
import type { Translation } from './messages-en';
import type { enForm } from './messages-en-form';

/** The Spanish `enForm`. */
export const esForm: Translation<typeof enForm> = {
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
};
