/**
 * A warm-up of the incremental renderer's edit path, run once by the preview worker after its
 * first render: the first key typed after a post opens would otherwise run that code for the
 * first time (compiled lazily, with no type feedback), about 40 ms more than any later key.
 * Each step is a small render on a renderer of its own, in a task of its own, so that a real
 * request is never held up by more than one step.
 */
import { createIncrementalRenderer } from './incremental';

/** A short post with each kind of block people type in (paragraph, heading, list, quote…). */
const SAMPLE = [
  '# Un título de *prueba*',
  '',
  'Un párrafo con **negrita**, un [enlace](https://example.org) y `código`.',
  '',
  '- Un elemento de lista',
  '- Otro elemento',
  '',
  '> Una cita breve.',
  '',
  '| Columna | Otra |',
  '|---------|------|',
  '| celda   | más  |',
  '',
  '```js',
  'const x = 1;',
  '```',
  '',
  '<p align="center">Un párrafo en HTML</p>',
  '',
].join('\n');

/** Where the steps type, as the texts after which they insert. */
const TYPED_AFTER = ['Un párrafo', '# Un título', '- Otro', '> Una', '| celda', 'const x', '.\n'];

/** Returns the warm-up's steps: the first render, then one key typed at each place. */
export function warmUpSteps(siteUrl: string): (() => void)[] {
  const renderer = createIncrementalRenderer({ siteUrl });
  let text = SAMPLE;
  const steps = [() => void renderer.update(text)];
  for (const after of TYPED_AFTER) {
    steps.push(() => {
      const at = text.indexOf(after) + after.length;
      // A new paragraph after the first one's end, else a letter in the word.
      const insert = after === '.\n' ? '\nNuevo' : 'a';
      text = text.slice(0, at) + insert + text.slice(at);
      renderer.update(text);
    });
  }
  return steps;
}
