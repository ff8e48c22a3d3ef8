/**
 * Spanish sentences of the core's validation and Decap config loader, passed to them through
 * their `messages` option. Field names are quoted («Título») so no sentence needs the field's
 * grammatical gender.
 */
import type { configMessages } from '../core/schema';
import type { validationMessages } from '../core/validate';

const items = (n: number) => (n === 1 ? '1 elemento' : `${n} elementos`);

/** The Spanish `validationMessages`. */
export const validationMessagesEs: typeof validationMessages = {
  required: (label) => `El campo «${label}» es obligatorio.`,
  notText: (label) => `El campo «${label}» debe ser texto.`,
  notNumber: (label) => `El campo «${label}» debe ser un número.`,
  notInteger: (label) => `El campo «${label}» debe ser un número entero.`,
  notBoolean: (label) => `El campo «${label}» debe ser sí o no (true o false).`,
  notList: (label) => `El campo «${label}» debe ser una lista.`,
  notObject: (label) => `El campo «${label}» debe ser un grupo de campos.`,
  badDate: (label, value) =>
    `«${value}» en «${label}» no es una fecha que Pluma pueda leer. Escríbela como 2016-06-03 12:00:00 -0300.`,
  notOption: (label, options) => `El campo «${label}» debe ser uno de: ${options}.`,
  pattern: (label) => `El campo «${label}» no tiene la forma esperada.`,
  belowMin: (label, min) => `El campo «${label}» debe ser al menos ${min}.`,
  aboveMax: (label, max) => `El campo «${label}» debe ser como máximo ${max}.`,
  tooFewItems: (label, min) => `El campo «${label}» debe tener al menos ${items(min)}.`,
  tooManyItems: (label, max) => `El campo «${label}» debe tener como máximo ${items(max)}.`,
  titleCut: (length, shown) =>
    `El título tiene ${length} caracteres; la página de la entrada muestra solo los primeros ${shown}.`,
  filenameDate: (fileDate, date) =>
    `El nombre del archivo dice ${fileDate}, pero el campo de fecha dice ${date}; Jekyll usa el campo de fecha.`,
};

/** The Spanish `configMessages`. */
export const configMessagesEs: typeof configMessages = {
  notAMap: 'El archivo de configuración no contiene un mapa YAML de ajustes.',
  noCollections: 'El archivo de configuración no tiene una lista de colecciones.',
  noMediaFolder:
    'El archivo de configuración no define media_folder, así que las imágenes no tienen carpeta.',
  collectionNoName: (i) => `La colección número ${i + 1} no tiene nombre, así que se omitió.`,
  collectionFiles: (c) =>
    `La colección «${c}» lista archivos sueltos; Pluma solo edita colecciones de carpeta, así que se omitió.`,
  collectionNoFolder: (c) => `La colección «${c}» no indica carpeta, así que se omitió.`,
  collectionNoFields: (c) => `La colección «${c}» no tiene una lista de campos.`,
  fieldNoName: (c, at) => `Un campo de la colección «${c}» (${at}) no tiene nombre.`,
  rawWidget: (c, f, w) =>
    `El campo «${f}» de la colección «${c}» usa el widget «${w}», que Pluma no tiene: se edita como YAML.`,
  incompleteWidget: (c, f, w, missing) =>
    `El campo «${f}» de la colección «${c}» es un widget «${w}» sin ${missing}: se edita como YAML.`,
  badPattern: (c, f) =>
    `El campo «${f}» de la colección «${c}» tiene un patrón que no es una expresión regular válida; se ignora.`,
};
