/**
 * Textos en español de la vista previa con el sitio: sus propias plantillas, includes y hojas
 * de estilo. Parte de `es` (ver messages-es.ts).
 */
import type { Translation } from './messages-en';
import type { enSite } from './messages-en-site';

/** The Spanish `enSite`. */
export const esSite: Translation<typeof enSite> = {
  'site.useLayout': 'La plantilla del propio sitio',
  'site.from.folder': 'de la carpeta del blog «{name}»',
  'site.from.repository': 'del repositorio «{name}»',
  'site.notices': { one: '1 aviso sobre el sitio', other: '{count} avisos sobre el sitio' },
  'site.liquidError':
    'No se pudo usar la plantilla del sitio ({file}, línea {line}: {detail}). La entrada se muestra con la plantilla propia de Pluma.',
  'site.liquidErrorNoLine':
    'No se pudo usar la plantilla del sitio ({file}: {detail}). La entrada se muestra con la plantilla propia de Pluma.',
  'site.bodyLiquidError':
    'No se pudo procesar el Liquid de la entrada ({file}, línea {line}: {detail}). Se muestra tal como está escrito.',
  'site.bodyLiquidErrorNoLine':
    'No se pudo procesar el Liquid de la entrada ({file}: {detail}). Se muestra tal como está escrito.',
  'site.unknownTag':
    'La etiqueta «{detail}» es de un plugin que Pluma no ejecuta: aquí no muestra nada.',
  'site.missingLayout':
    'La plantilla «{detail}» no está en el sitio: la entrada se muestra sin ella.',
  'site.problem': '{file}: {detail}.',
  'site.truncated':
    'El sitio es demasiado grande para leerlo entero: faltan algunos de sus archivos.',
  'site.embed': 'Página incrustada (no se carga en la vista previa): {url}',
};
