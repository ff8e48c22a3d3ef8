/** CodeMirror's own texts (search panel, folding, go to line) in the UI's language. */
import { EditorState } from '@codemirror/state';
import type { Extension } from '@codemirror/state';
import type { Lang } from '../../i18n/translate';

const spanish: Record<string, string> = {
  Find: 'Buscar',
  Replace: 'Reemplazar',
  next: 'siguiente',
  previous: 'anterior',
  all: 'todas',
  'match case': 'mayúsculas',
  regexp: 'expresión regular',
  'by word': 'palabra completa',
  replace: 'reemplazar',
  'replace all': 'reemplazar todas',
  close: 'cerrar',
  'current match': 'coincidencia actual',
  'on line': 'en la línea',
  'replaced match on line $': 'coincidencia reemplazada en la línea $',
  'replaced $ matches': '$ coincidencias reemplazadas',
  'Go to line': 'Ir a la línea',
  go: 'ir',
  'Folded lines': 'Líneas plegadas',
  'Unfolded lines': 'Líneas desplegadas',
  to: 'a',
  'folded code': 'código plegado',
  unfold: 'desplegar',
  'Fold line': 'Plegar línea',
  'Unfold line': 'Desplegar línea',
  'Control character': 'Carácter de control',
  'Selection deleted': 'Selección eliminada',
};

/** Returns the editor's phrases for `lang` (CodeMirror's are English already). */
export function editorPhrases(lang: Lang): Extension {
  return lang === 'es' ? EditorState.phrases.of(spanish) : [];
}
