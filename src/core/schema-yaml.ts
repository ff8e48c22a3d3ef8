/**
 * The one place the CMS config is read as YAML. Front-matter YAML has its own wrapper (owned by
 * the post model); this one only turns a config.yml into plain data and readable errors.
 */
import { parseDocument } from 'yaml';

/** Returns a config file's YAML as plain data plus its syntax errors (first line of each). */
export function readConfigYaml(text: string): { value: unknown; errors: string[] } {
  // YAML 1.2 core schema keeps a config's dates and odd scalars as the strings written.
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: false });
  const errors = doc.errors.map((e) => e.message.split('\n')[0]);
  let value: unknown = null;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    errors.push(e instanceof Error ? e.message : String(e));
  }
  return { value, errors };
}
