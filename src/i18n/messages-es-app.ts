/** Spanish texts of the app shell, the drafts and the editor. */
import type { Translation } from './messages-en';
import type { enApp } from './messages-en-app';

/** The Spanish `enApp`. */
export const esApp: Translation<typeof enApp> = {
  'app.drafts': 'Borradores',
  'app.skipToEditor': 'Saltar al editor',
  'app.newPost': 'Nueva entrada',
  'app.opening': 'Abriendo tus borradores…',
  'app.fields': 'Campos',
  'app.editor': 'Editor',
  'app.previewPane': 'Panel de vista previa',
  'status.words': { one: '{count} palabra', other: '{count} palabras' },
  'status.minRead': '{count} min de lectura',
  'status.line': 'Línea {line}',
  'app.focusMode': 'Modo concentración',
  'app.theme': 'Tema',
  'app.theme.system': 'Del sistema',
  'app.theme.light': 'Claro',
  'app.theme.dark': 'Oscuro',
  'app.postFiles': 'Archivos de la entrada',
  'app.resizeFields': 'Cambiar el ancho de los campos',
  'app.resizeEditor': 'Repartir editor y vista previa',
  'shortcuts.button': 'Atajos',
  'shortcuts.title': 'Atajos de teclado',
  'shortcuts.close': 'Cerrar',
  'shortcuts.save': 'Guardar ahora',
  'shortcuts.endList': 'Terminar una lista o cita (en un elemento vacío)',
  'shortcuts.undo': 'Deshacer',
  'shortcuts.redo': 'Rehacer',
  'shortcuts.search': 'Buscar y reemplazar',
  'shortcuts.leaveEditor': 'Salir del editor (Tab solo sangra)',
  'shortcuts.focus': 'Modo concentración',
  'shortcuts.sheet': 'Esta lista de atajos',
  'lang.label': 'Idioma',
  'lang.es': 'Español',
  'lang.en': 'English',
  'time.justNow': 'recién',

  'settings.open': 'Configuración',
  'settings.title': 'Configuración',
  'settings.siteUrl': 'URL del sitio',
  'settings.siteUrlHint':
    'La vista previa resuelve los enlaces relativos de la entrada con esta URL.',
  'settings.config': 'config.yml de Decap',
  'settings.usingLoaded': 'Se usa la configuración cargada: colección «{label}».',
  'settings.usingBuiltIn': 'Se usa el esquema de Pluma para las entradas del blog.',
  'settings.collection': 'Colección',
  'settings.tooLarge': '«{name}» pesa más de 1 MB; un config.yml de Decap es mucho más chico.',
  'settings.notices': 'Avisos del esquema',
  'settings.useBuiltIn': 'Usar el esquema de Pluma',
  'settings.timeZone': 'Zona horaria de las entradas nuevas',
  'settings.timeZoneHint':
    'Un desfase como -0300 o el nombre de una zona como America/Santiago. Vacío: se toma de la ' +
    'carpeta del blog, si no de tus borradores, si no de este computador.',
  'settings.timeZoneAuto': 'Automática: {offset}, {source}.',
  'settings.timeZoneSite': '{zone}, del _config.yml de la carpeta del blog',
  'settings.timeZoneDrafts': 'el desfase que usa la mayoría de tus borradores',
  'settings.timeZoneComputer': 'la zona horaria de este computador',
  'settings.timeZoneUsing': 'Las entradas nuevas usan {offset}.',
  'settings.timeZoneUsingZone': 'Las entradas nuevas usan {offset} ({zone} en este momento).',
  'settings.timeZoneInvalid':
    'No es una zona horaria: las entradas nuevas siguen con {offset} (automática) hasta que lo sea.',
  'common.close': 'Cerrar',
  'common.cancel': 'Cancelar',
  'common.dismiss': 'Descartar',
  'common.restore': 'Restaurar',
  'common.export': 'Exportar',

  'status.saving': 'Guardando…',
  'status.saved': 'Guardado',
  'status.conflict': 'Sin guardar: este borrador cambió en otra pestaña',
  'status.quota': 'Sin guardar: el navegador no tiene más espacio',
  'status.failed': 'Sin guardar: el navegador no permitió guardar',
  'status.unavailable': 'Almacenamiento no disponible: los cambios no se conservan',
  'session.gone': 'Ese borrador ya no existe; quizás se eliminó en otra pestaña.',
  'session.recovered': 'Se recuperó el texto que aún no estaba guardado cuando se cerró la página.',
  'session.keptInHistory': 'Tu texto de esta pestaña quedó en el Historial.',
  'session.reload':
    'Pluma se actualizó en otra pestaña, así que esta ya no puede guardar. Exporta tu texto y ' +
    'luego recarga la página.',
  'session.alsoOpen':
    'Este borrador también está abierto en otra pestaña. Pluma preguntará antes de que una ' +
    'pestaña sobrescriba a la otra.',
  'session.unreadable': {
    one: 'No se pudo leer 1 borrador guardado. Quedó intacto; los demás borradores están bien.',
    other:
      'No se pudieron leer {count} borradores guardados. Quedaron intactos; los demás ' +
      'borradores están bien.',
  },
  'storage.unavailable':
    'Este navegador no deja que Pluma guarde borradores (modo privado o almacenamiento ' +
    'desactivado). Exporta tu trabajo antes de cerrar la pestaña.',
  'storage.quota':
    'El navegador no tiene más espacio para borradores. Exporta tu trabajo y luego vacía la ' +
    'papelera o elimina borradores viejos.',
  'storage.conflict':
    'Tus borradores los guardó una versión más nueva de Pluma. Recarga la página para usarla.',
  'storage.corrupt':
    'No se pudieron leer algunos datos guardados. Quedaron intactos; exporta lo que puedas.',
  'storage.blocked':
    'Pluma está abierta en otra pestaña con una versión anterior. Cierra esa pestaña y recarga.',
  'storage.closed':
    'Pluma se actualizó en otra pestaña, así que esta ya no puede guardar. Recarga la página.',
  'storage.migration':
    'Pluma no pudo actualizar sus borradores guardados. Quedaron como estaban; recarga para ' +
    'intentarlo de nuevo.',

  'conflict.title': 'Conflicto',
  'conflict.gone':
    'Este borrador se eliminó en otra pestaña. Conserva tu texto como un borrador nuevo.',
  'conflict.changed':
    'Este borrador cambió en otra pestaña mientras lo editabas aquí. No se sobrescribió nada. ' +
    'Elige con qué texto seguir.',
  'conflict.reloadTheirs': 'Cargar la otra versión',
  'conflict.copySuffix': '(copia)',
  'conflict.keepMine': 'Guardar la mía como copia',
  'conflict.hint':
    'Al cargar la otra versión, tu texto de esta pestaña queda en el Historial; una copia ' +
    'conserva los dos borradores.',
  'notices.theirsNewer': 'Este borrador cambió en otra pestaña.',
  'notices.showNewer': 'Mostrar el texto más nuevo',

  'drafts.panel': 'Panel de borradores',
  'drafts.list': 'Borradores',
  'drafts.search': 'Buscar borradores',
  'drafts.filter': 'Filtrar por estado',
  'drafts.filterAll': 'Todos',
  'drafts.filterDraft': 'Borradores',
  'drafts.filterReady': 'Listos',
  'drafts.trash': 'Papelera',
  'drafts.none': 'Todavía no hay borradores.',
  'drafts.noMatch': 'Ningún borrador coincide.',
  'drafts.storageUnavailable': 'Almacenamiento: no disponible, no se guarda nada',
  'drafts.storagePersistent': 'Almacenamiento: persistente',
  'drafts.storageChecking': 'Almacenamiento: comprobando…',
  'drafts.storageMayClear': 'Almacenamiento: el navegador podría borrarlo',
  'draft.untitled': 'Sin título',
  'draft.ready': 'Listo',
  'draft.draft': 'Borrador',
  'draft.duplicate': 'Duplicar',
  'draft.markDraft': 'Marcar como borrador',
  'draft.markReady': 'Marcar como listo',
  'draft.delete': 'Eliminar',
  'trash.empty': 'La papelera está vacía.',
  'trash.deleted': 'Eliminado {when}',
  'trash.emptyTrash': 'Vaciar la papelera',
  'trash.confirmLabel': 'Confirmar que se vacía la papelera',
  'trash.confirm': {
    one: '¿Eliminar 1 borrador y su historial para siempre? No se puede deshacer.',
    other: '¿Eliminar {count} borradores y su historial para siempre? No se puede deshacer.',
  },
  'trash.deleteForGood': 'Eliminar para siempre',
  'history.open': 'Historial',
  'history.title': 'Historial',
  'history.take': 'Guardar versión',
  'history.loading': 'Cargando…',
  'history.none': 'Todavía no hay versiones de este borrador.',
  'history.list': 'Versiones',
  'history.info': '{size}, {reason}',
  'history.interval': 'mientras editabas',
  'history.beforeRestore': 'antes de restaurar',
  'history.export': 'al exportar',
  'history.manual': 'guardada a mano',

  'editor.formatting': 'Formato',
  'editor.undo': 'Deshacer',
  'editor.redo': 'Rehacer',
  'cmd.bold': 'Negrita',
  'cmd.italic': 'Cursiva',
  'cmd.strikethrough': 'Tachado',
  'cmd.inline-code': 'Código en línea',
  'cmd.link': 'Enlace',
  'cmd.heading': 'Encabezado {level}',
  'cmd.bulleted-list': 'Lista con viñetas',
  'cmd.numbered-list': 'Lista numerada',
  'cmd.quote': 'Cita',
  'cmd.code-block': 'Bloque de código',
  'cmd.image': 'Imagen',
  'cmd.horizontal-rule': 'Línea horizontal',
};
