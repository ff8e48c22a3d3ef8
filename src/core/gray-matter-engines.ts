/**
 * Stands in for gray-matter's `lib/engines.js` in the browser bundle (see vite.config.ts). The
 * original holds js-yaml and an `eval`-based JavaScript engine; Pluma's adapter always passes its
 * own engines, so these defaults are never called. Replacing them keeps `eval` and a second YAML
 * parser out of the app entirely.
 */
const refuse = (language: string) => () => {
  throw new Error(`Front matter in ${language} is not read by Pluma.`);
};

/** gray-matter's default engines, each refusing. */
const engines = {
  yaml: { parse: refuse('YAML (default engine)'), stringify: refuse('YAML') },
  json: { parse: refuse('JSON'), stringify: refuse('JSON') },
  javascript: { parse: refuse('JavaScript'), stringify: refuse('JavaScript') },
};

export default engines;
