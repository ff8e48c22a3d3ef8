/** Textos en español de las revisiones antes de publicar (ver messages-en-checks.ts). */
import type { Translation } from './messages-en';
import type { enChecks } from './messages-en-checks';

/** The Spanish `enChecks`. */
export const esChecks: Translation<typeof enChecks> = {
  'checks.button': 'Revisiones',
  'checks.buttonCount': { one: 'Revisiones 1 problema', other: 'Revisiones {count} problemas' },
  'checks.title': 'Revisiones',
  'checks.list': 'Revisiones',
  'checks.none': 'No se encontraron problemas.',
  'checks.running': 'Revisando…',
  'checks.announce': { one: 'Revisiones: 1 problema.', other: 'Revisiones: {count} problemas.' },
  'checks.line': 'línea {line}',
  'checks.goTo': 'Ir a la línea {line}',
  'checks.fix': 'Usar «{insert}» como texto alternativo',
  'checks.silence': 'Silenciar en esta entrada',
  'checks.silenced': {
    one: '1 revisión silenciada en esta entrada.',
    other: '{count} revisiones silenciadas en esta entrada.',
  },
  'checks.unsilence': 'Volver a mostrar las revisiones silenciadas',
  'checks.failed': 'No se pudieron hacer las revisiones: {error}',
  'checks.publishFixFirst': 'Corrige esto antes de publicar:',
  'checks.publishAnyway': 'Publicar de todos modos',
  'checks.severity.error': 'Error',
  'checks.severity.warning': 'Advertencia',
  'checks.severity.tip': 'Consejo',
  'checks.title-cut':
    'El título tiene {length} caracteres; la página de la entrada y la tarjeta de portada muestran solo los primeros {shown}.',
  'checks.intro-cut':
    'La introducción tiene {length} caracteres; la tarjeta de la portada muestra solo los primeros {shown}.',
  'checks.image-alt':
    'Esta imagen no tiene texto alternativo: quien no puede verla no sabrá qué muestra.',
  'checks.header-caption': 'La imagen de cabecera no tiene pie de foto.',
  'checks.image-large':
    'Esta imagen pesa {size} MB: hace lenta la página. Usa imágenes de menos de 1 MB.',
  'checks.http-media':
    'Esta imagen o inserción se carga por http: en un sitio https; los navegadores la bloquean o avisan. Usa https:.',
  'checks.link-empty': 'Este enlace no tiene texto o no lleva a ninguna parte.',
  'checks.link-vague':
    'El texto del enlace «{text}» no dice adónde lleva. Usa palabras que nombren la página.',
  'checks.post-url-missing':
    '{% post_url {name} %} nombra una entrada que el sitio no tiene: Jekyll detiene la construcción.',
  'checks.link-missing-file': 'El enlace {url} lleva a un archivo que el sitio no tiene.',
  'checks.reference-undefined':
    'El enlace de referencia [{label}] no tiene definición, así que se muestra como texto.',
  'checks.heading-skip':
    'Este encabezado salta del nivel {previous} al nivel {level}: usa el nivel {expected} (un # más que el encabezado anterior).',
  'checks.heading-h1':
    'La plantilla ya muestra el título como encabezado principal; usa ## para los encabezados del texto.',
  'checks.date-future':
    'La fecha {date} está en el futuro: Jekyll no publicará la entrada hasta entonces.',
  'checks.date-filename':
    'El nombre del archivo dice {file} pero la fecha dice {date}; Jekyll usa la fecha.',
  'checks.date-offset':
    'La fecha {date} no tiene diferencia horaria (como -0300), que las demás entradas sí tienen.',
  'checks.yaml': 'Jekyll rechazaría este front matter: {problem}',
  'checks.liquid.unclosed-tag':
    'Una etiqueta Liquid abierta con {% nunca se cierra: Jekyll detiene la construcción.',
  'checks.liquid.unclosed-output': 'Un {{ nunca se cierra con }}: Jekyll detiene la construcción.',
  'checks.liquid.unclosed-block':
    'El bloque Liquid {% {tag} %} nunca se termina con {% end{tag} %}: Jekyll detiene la construcción.',
  'checks.liquid.stray-end':
    '{% end{tag} %} cierra un bloque que no está abierto: Jekyll detiene la construcción.',
  'checks.layout-unknown':
    'El sitio no tiene la plantilla «{layout}»: la entrada se mostraría sin plantilla.',
  'checks.category-new':
    'Ninguna otra entrada usa todavía la categoría «{category}». ¿Está escrita como querías?',
  'checks.duplicate-name':
    'Otra entrada tiene este nombre de archivo: {path}. Publicar la reemplazaría.',
  'checks.duplicate-slug': 'Otra entrada tiene el mismo slug «{slug}»: {path}.',
  'checks.duplicate-title': 'Otra entrada tiene el mismo título: {path}.',
};
