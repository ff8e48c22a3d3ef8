/** Spanish texts of the repository: connecting, its posts, publishing and upstream changes. */
import type { Translation } from './messages-en';
import type { enRepository } from './messages-en-repository';

/** The Spanish `enRepository`. */
export const esRepository: Translation<typeof enRepository> = {
  'repo.title': 'Repositorio',
  'repo.url': 'URL del repositorio',
  'repo.branch': 'Rama',
  'repo.branchHint': 'Vacía: la rama principal del repositorio.',
  'repo.postsFolder': 'Carpeta de entradas',
  'repo.draftsFolder': 'Carpeta de borradores',
  'repo.mediaFolder': 'Carpeta de imágenes',
  'repo.corsProxy': 'Proxy CORS',
  'repo.corsHint': 'Necesario para GitHub, GitLab y Bitbucket, que no dejan entrar a navegadores.',
  'repo.username': 'Usuario',
  'repo.token': 'Token',
  'repo.remember': 'Recordar en este dispositivo',
  'repo.authorName': 'Nombre de autor',
  'repo.authorEmail': 'Correo de autor',
  'repo.connect': 'Conectar',
  'repo.cancel': 'Cancelar',
  'repo.progress': 'Clonando: {phase}',
  'repo.phase.start': 'conectando',
  'repo.phase.counting': 'contando objetos',
  'repo.phase.compressing': 'comprimiendo objetos',
  'repo.phase.receiving': 'recibiendo objetos',
  'repo.phase.resolving': 'resolviendo deltas',
  'repo.connected': {
    one: 'Conectado: rama {branch}, 1 entrada.',
    other: 'Conectado: rama {branch}, {count} entradas.',
  },
  'repo.posts': 'Entradas del repositorio',
  'repo.search': 'Buscar entradas del repositorio',
  'repo.open': 'Abrir',
  'repo.openPost': 'Abrir {title}',
  'repo.none': 'Ninguna entrada coincide.',
  'repo.draft': 'borrador',
  'repo.error.auth':
    'El repositorio rechazó el usuario o el token (equivocado, vencido o sin acceso). ' +
    'Revísalos y vuelve a conectar.',
  'repo.error.not-found':
    'No hay un repositorio en esta dirección, o el token no puede verlo. Revisa la URL del repositorio.',
  'repo.error.network':
    'No se pudo llegar al repositorio: quizás no hay conexión, o su servidor no deja entrar a ' +
    'este sitio (CORS). Para GitHub, GitLab o Bitbucket, indica un "Proxy CORS".',
  'repo.error.refused': 'El servidor rechazó el envío: {detail}',
  'repo.error.raced':
    'Otras personas siguieron enviando a la rama mientras Pluma publicaba; no se envió nada. ' +
    'Inténtalo otra vez.',
  'repo.error.too-large':
    'El repositorio pasa de 200 MB: es demasiado grande para clonarlo en el navegador.',
  'repo.error.quota':
    'El navegador no tiene espacio para el repositorio. Libera espacio o borra borradores antiguos.',
  'repo.error.canceled': 'Se canceló la conexión.',
  'repo.error.other': 'Git falló ({detail}).',
  'publish.button': 'Publicar',
  'publish.title': 'Publicar',
  'publish.path': 'Archivo',
  'publish.images': 'Imágenes',
  'publish.noImages': 'Sin imágenes.',
  'publish.message': 'Mensaje del commit',
  'publish.where': 'Dónde',
  'publish.toBranch': 'Commit en {branch}',
  'publish.review': 'Rama nueva para revisión',
  'publish.reviewBranch': 'Rama de revisión',
  'publish.submit': 'Hacer commit y enviar',
  'publish.working': 'Publicando…',
  'publish.done': 'Publicado {path} en {branch}.',
  'publish.openPr': 'Abrir un pull request',
  'publish.branchOnly':
    'Abre un pull request o merge request desde la rama {branch} en tu servidor.',
  'publish.notConnected': 'Conéctate primero al repositorio (el botón Repositorio).',
  'publish.notPushed': 'Aún sin enviar',
  'publish.keptHere':
    'Aún sin enviar: no se pudo llegar al servidor. Pluma guarda la publicación y la envía ' +
    'cuando vuelva la conexión.',
  'repo.pull': 'Actualizar desde el repositorio',
  'publish.changedUpstream': 'Cambió en el repositorio desde que la abriste',
  'upstream.title': 'Cambió en el repositorio',
  'upstream.intro':
    'Alguien cambió {path} en el repositorio desde que lo abriste. No se envió nada.',
  'upstream.deleted': 'El archivo fue borrado en el repositorio.',
  'upstream.mine': 'Tu versión',
  'upstream.theirs': 'En el repositorio',
  'upstream.keepCopy': 'Guardar la mía como copia',
  'upstream.useTheirs': 'Usar la suya',
  'upstream.publishAnyway': 'Publicar la mía de todos modos',
};
