/** Spanish texts of the workspace's frame: menus, pane tabs, drafts drawer, first-visit note. */
import type { Translation } from './messages-en';
import type { enWorkspace } from './messages-en-workspace';

/** The Spanish `enWorkspace`. */
export const esWorkspace: Translation<typeof enWorkspace> = {
  'menu.file': 'Archivo',
  'menu.view': 'Ver',
  'menu.untitled': 'Entrada sin título',
  'tabs.label': 'Paneles',
  'tabs.fields': 'Campos',
  'tabs.write': 'Escribir',
  'tabs.preview': 'Vista previa',
  'drawer.close': 'Cerrar borradores',
  'welcome.title': 'Te damos la bienvenida a Pluma',
  'welcome.panes':
    'Campos contiene el encabezado de la entrada (título, fecha, imágenes), Escribir es el ' +
    'archivo Markdown completo y Vista previa muestra la entrada como la mostrará el blog.',
  'welcome.drafts':
    'Cada entrada es un borrador guardado en este navegador mientras escribes: abre Borradores ' +
    'para verlos.',
  'welcome.share':
    'Exportar descarga el archivo terminado para el blog; Publicar lo sube al repositorio una ' +
    'vez conectado (Archivo → Repositorio).',
  'welcome.dismiss': 'Entendido',
  'busy.backup': 'Respaldando el espacio de trabajo…',
  'busy.restore': 'Restaurando el respaldo…',
  'busy.exportReady': 'Exportando las entradas listas…',
  'busy.import': 'Importando…',
  'preview.stylesheet': 'Hoja de estilo',
  'app.notices': 'Mensajes',
  'folder.title': 'Abrir una entrada de la carpeta del blog',
  'repo.button': 'Repositorio',
};
