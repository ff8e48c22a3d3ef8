/**
 * ESLint rule `pluma/layers`: the direction of imports between the folders of `src/`, checked on
 * the resolved path of every relative import (so nested paths cannot slip through a pattern).
 *
 *   core ← storage ← state ← features/* ← app        i18n (on core and storage) and components
 *   serve features and app; workers import only core; a feature never imports another feature;
 *   outside src/storage, storage is imported only through its entry, src/storage/index.ts. Tests
 *   may cross layers.
 */
import path from 'node:path';

/** Which layers each layer may import (besides itself). `app` and the src root may import all. */
export const ALLOWED = {
  core: [],
  storage: ['core'],
  state: ['core', 'storage', 'i18n'],
  // The language choice is remembered through storage's localValue.
  i18n: ['core', 'storage'],
  components: ['core', 'i18n'],
  workers: ['core'],
  features: ['core', 'storage', 'state', 'i18n', 'components'],
};

const TEST_FILE = /\.(test|fixture)\.tsx?$/;

/** Returns the layer of `file` ('features/drafts' for a feature), or null outside src/. */
export function layerOf(file) {
  const parts = path.normalize(file).split(path.sep);
  const src = parts.lastIndexOf('src');
  if (src < 0) return null;
  const [top, sub] = parts.slice(src + 1);
  // A file right in src/ (main.tsx); `src/storage` without a file is the folder's entry.
  if (top === undefined || (parts.length === src + 2 && /\.\w+$/.test(top))) return 'root';
  return top === 'features' && sub ? `features/${sub}` : top;
}

/** Returns why `from` may not import `to` (two files), or null when it may. */
export function refusal(from, to) {
  // Tests check contracts across layers (e.g. that every storage error has a message).
  if (TEST_FILE.test(from)) return null;
  const a = layerOf(from);
  const b = layerOf(to);
  if (!a || !b || a === b || a === 'root' || a === 'app') return storageEntry(from, to, b);
  const kindA = a.startsWith('features/') ? 'features' : a;
  const kindB = b.startsWith('features/') ? 'features' : b;
  if (kindA === 'features' && kindB === 'features') {
    return `${a} may not import ${b}: features do not import each other (compose them in src/app).`;
  }
  const allowed = ALLOWED[kindA];
  if (allowed && !allowed.includes(kindB)) {
    return `src/${a} may not import src/${b}: imports flow core → storage → state → features → app.`;
  }
  return storageEntry(from, to, b);
}

function storageEntry(from, to, layer) {
  if (layer !== 'storage' || layerOf(from) === 'storage') return null;
  const name = path.basename(to).replace(/\.(ts|tsx|js|mjs)$/, '');
  if (name === 'index' || path.basename(path.dirname(to)) === 'src') return null;
  return 'Import storage through its entry, src/storage (index.ts).';
}

/** The rule. */
export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps the direction of imports between the layers of src/.' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const check = (node) => {
      const source = node.source;
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const reason = refusal(file, path.resolve(path.dirname(file), source.value));
      if (reason) context.report({ node: source, message: reason });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

/** The local plugin that carries the rule. */
export default { rules: { layers: layersRule } };
