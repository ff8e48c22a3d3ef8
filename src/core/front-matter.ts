/**
 * The one adapter around gray-matter. Nothing else in Pluma imports gray-matter.
 *
 * gray-matter's main `matter(str)` cannot be called here: its `lib/to-file.js` runs
 * `Buffer.from(str)` on every string input (no `Buffer` in the browser or a worker), it caches every
 * input in `matter.cache` when no options are passed, it runs `---js` front matter through `eval`,
 * and it trims and normalises the block so exact offsets are lost. So this module finds the block
 * itself (Jekyll's rules, every line ending, exact UTF-16 offsets) and uses gray-matter's pure,
 * Buffer-free pieces for what they are good at: `matter.test` / `matter.language` read the opening
 * fence and its language, and `lib/parse.js` dispatches that language (with its aliases: yml, js,
 * javascript, coffee, cson…) to our own engines, where YAML goes through `readYaml`
 * (`yaml-flat.ts`, falling back to `yaml-doc.ts`) and every code language throws instead of running.
 */
import matter from 'gray-matter';
// @ts-expect-error -- gray-matter ships types for its main entry only, not for lib/parse.js.
import untypedGrayParse from 'gray-matter/lib/parse.js';
import { closingFence } from './front-matter-fence.ts';
import { lineEnd } from './text.ts';
import type { YamlResult } from './yaml-doc.ts';
import { readYaml } from './yaml-flat.ts';

const OPTIONS = { delimiters: '---' } as const;

/** gray-matter's engine dispatcher: runs the engine registered for `language` (or its alias). */
const grayParse = untypedGrayParse as (
  language: string,
  str: string,
  options: { engines: Record<string, (input: string) => object> },
) => unknown;

/** Thrown by the engines of front-matter languages that Pluma never evaluates. */
export class FrontMatterLanguageError extends Error {}

function refuse(language: string) {
  return (): object => {
    throw new FrontMatterLanguageError(
      `Front matter in "${language}" is not supported: it would run as code. Use YAML (---).`,
    );
  };
}

const ENGINES: Record<string, (input: string) => object> = {
  yaml: (input) => readYaml(input),
  javascript: refuse('javascript'),
  coffee: refuse('coffee'),
  json: refuse('json'),
};

/** Where the front-matter block sits in a text; offsets are UTF-16 units into the whole text. */
export interface FrontMatterBlock {
  /** From the opening fence to past the closing fence's line break. */
  frontMatter: { from: number; to: number };
  /** The source between the fences (from past the opening line's break to the closing line). */
  yaml: { from: number; to: number };
  /** The language named after the opening fence, `'yaml'` for a bare `---`. */
  language: string;
  /** Offset of the language name on the first line (for error positions). */
  languageAt: number;
}

/** What `splitFrontMatter` found. */
export interface FrontMatterSplit {
  bom: boolean;
  block: FrontMatterBlock | null;
  /** True when the file opens a block (`---` first line) that no `---` / `...` line closes. */
  unterminated: boolean;
}

/**
 * Returns where the front matter is, following Jekyll: after an optional BOM the first line is
 * `---` (optionally with a language name, as gray-matter reads it), and a later line that is
 * `---` or `...` closes it. Without a closing line there is no front matter (as in Jekyll).
 */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const bom = text.charCodeAt(0) === 0xfeff;
  const start = bom ? 1 : 0;
  const first = lineEnd(text, start);
  const firstLine = text.slice(start, first.end);
  // `----` is a Markdown rule, not a fence (gray-matter's own check).
  if (!matter.test(firstLine, OPTIONS) || firstLine[3] === '-') {
    return { bom, block: null, unterminated: false };
  }
  const { raw, name } = matter.language(`${firstLine}\n`, OPTIONS);
  if (name !== '' && !/^[A-Za-z][\w+.-]*$/.test(name)) {
    return { bom, block: null, unterminated: false };
  }
  const languageAt = start + 3 + (raw.length - raw.trimStart().length);
  const closing = first.next !== first.end ? closingFence(text, first.next) : null;
  if (!closing) return { bom, block: null, unterminated: true };
  return {
    bom,
    unterminated: false,
    block: {
      frontMatter: { from: start, to: closing.next },
      yaml: { from: first.next, to: closing.at },
      language: name === '' ? 'yaml' : name,
      languageAt,
    },
  };
}

/** Result of reading the block's data: the YAML parse, or a language error. */
export type FrontMatterData =
  | { ok: true; yaml: YamlResult }
  | { ok: false; code: 'CODE_LANGUAGE' | 'UNKNOWN_LANGUAGE'; message: string };

/**
 * Returns the parsed data of a front-matter block of `language`, dispatched by gray-matter to our
 * engines; `src` must already have lone CRs turned into LF (see `loneCrToLf`). Never evaluates code.
 */
export function readFrontMatter(language: string, src: string): FrontMatterData {
  // Names like `constructor` would reach Object.prototype members through gray-matter's lookup.
  if (language in Object.prototype) {
    return {
      ok: false,
      code: 'UNKNOWN_LANGUAGE',
      message: `Unknown front-matter language "${language}".`,
    };
  }
  try {
    const result = grayParse(language, src, { engines: ENGINES }) as YamlResult;
    return { ok: true, yaml: result };
  } catch (err) {
    if (err instanceof FrontMatterLanguageError) {
      return { ok: false, code: 'CODE_LANGUAGE', message: err.message };
    }
    const message = err instanceof Error ? err.message : String(err);
    return {
      ok: false,
      code: 'UNKNOWN_LANGUAGE',
      message: `Unknown front-matter language "${language}": ${message}`,
    };
  }
}
