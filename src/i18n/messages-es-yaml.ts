/** Spanish texts for broken front matter (see messages-en-yaml.ts). */
import type { Translation } from './messages-en';
import type { enYaml } from './messages-en-yaml';

/** The Spanish `enYaml`. */
export const esYaml: Translation<typeof enYaml> = {
  'yaml.QUOTES_INSIDE':
    'El valor de «{detail}» tiene comillas dentro de comillas: termina en la segunda comilla y ' +
    'el resto se lee mal. Rodéalo con el otro tipo de comillas, o usa «Arreglar comillas».',
  'yaml.UNCLOSED_QUOTE':
    'Unas comillas abiertas aquí no se cierran, o el texto sigue en una línea sin sangría. ' +
    'Cierra las comillas en esta línea o agrega sangría a las líneas siguientes.',
  'yaml.MISSING_COLON':
    'Esta línea no tiene la forma «clave: valor»: falta «:», o el texto pertenece a la línea ' +
    'anterior (agrégale sangría).',
  'yaml.FLOW_VALUE':
    'Este valor empieza con { o [, que YAML lee como un grupo o una lista (también el Liquid, ' +
    'como {{ site.baseurl }}). Pon el valor completo entre comillas.',
  'yaml.BLOCK_AS_IMPLICIT_KEY':
    'Un valor de esta línea contiene «: » (dos puntos y espacio), que YAML lee como una clave ' +
    'nueva. Pon el valor completo entre comillas.',
  'yaml.MULTILINE_IMPLICIT_KEY':
    'Esta línea no tiene la forma «clave: valor». Si continúa el valor de arriba, agrégale ' +
    'sangría; si no, escribe la clave y «:».',
  'yaml.DUPLICATE_KEY': 'La clave «{detail}» aparece más de una vez; deja solo una.',
  'yaml.BAD_INDENT':
    'Los espacios al comienzo de esta línea no coinciden con los de las líneas que la rodean.',
  'yaml.TAB_AS_INDENT': 'Esta línea tiene sangría con tabulador; YAML necesita espacios.',
  'yaml.UNEXPECTED_TOKEN':
    'YAML no esperaba este texto aquí. Revisa las comillas y los «:» de esta línea.',
  'yaml.MISSING_CHAR': 'Aquí falta algo: unas comillas o un corchete de cierre, un «:» o una «,».',
  'yaml.BAD_DQ_ESCAPE':
    'Una barra invertida (\\) entre comillas dobles inicia un código que YAML no conoce. ' +
    'Escribe \\\\ para una barra, o usa comillas simples.',
  'yaml.BAD_SCALAR_START':
    'Un valor no puede empezar con este carácter (como @, ` o %) si no está entre comillas.',
  'yaml.BLOCK_IN_FLOW':
    'Una lista o un grupo entre corchetes o llaves debe quedar en una línea, entre ellos.',
  'yaml.NOT_A_MAP': 'El encabezado debe ser una lista de líneas «clave: valor».',
  'yaml.UNREADABLE':
    'Pluma no puede leer este encabezado (quizás repite un valor con demasiados alias, *).',
  'yaml.UNTERMINATED': 'El encabezado abierto con «---» nunca se cierra con una línea «---».',
  'yaml.CODE_LANGUAGE':
    'No se admite un encabezado en «{detail}»: se ejecutaría como código. Usa YAML (---).',
  'yaml.UNKNOWN_LANGUAGE': 'El lenguaje «{detail}» del encabezado es desconocido. Usa YAML (---).',
  'yaml.unknown': 'YAML no puede leer esta línea. Revisa sus comillas, los «:» y la sangría.',
  'form.fixQuotes': 'Arreglar comillas',
  'form.lockedAt': 'Bloqueado: el problema de la línea {line} impide leer este campo.',
  'form.locked': 'Bloqueado hasta que se corrijan los problemas del encabezado.',
};
