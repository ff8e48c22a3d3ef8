/**
 * fast-check generators of hostile and broken input for the core's properties: arbitrary
 * Unicode (lone surrogates included), YAML-ish front matter made of YAML's special tokens,
 * Markdown documents made of tricky snippets, and obfuscated script URLs.
 */
import fc from 'fast-check';

/** Any string of UTF-16 units: astral pairs, lone surrogates, controls, BOMs, every line break. */
export const anyUnicode: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({
    unit: fc.constantFrom(...'\r\n\uFEFF\u200F\u200D\u0301\uD83D\uDE00-:# \t'),
    maxLength: 40,
  }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

const yamlToken = fc.constantFrom(
  'title',
  'a',
  'date',
  '__proto__',
  'constructor',
  ':',
  ': ',
  ' ',
  '  ',
  '\t',
  '-',
  '- ',
  '? ',
  '"',
  "'",
  '\\',
  '#',
  '&a ',
  '*a',
  '!!str ',
  '|',
  '>',
  '[',
  ']',
  '{',
  '}',
  ',',
  '~',
  'null',
  'true',
  '1',
  '0x1F',
  '2016-06-03 12:00:00 -0300',
  '---',
  '...',
  'é',
  '😀',
  '\uD800',
  '%YAML',
  '\n',
  '\r\n',
  '\r',
  '\n  ',
  '\n    ',
  '\n- ',
);

/** YAML-ish source: many keys, indentation, quotes, anchors and broken bits. */
export const yamlish: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 6, arbitrary: yamlToken }, fc.string({ maxLength: 4 })), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

/** A whole post: optional BOM, a fence (sometimes with a language), YAML-ish source, body. */
export const yamlishPost: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', '\uFEFF'),
    fc.constantFrom('---', '---', '---', '--- yaml', '---js', '---JSON', '----', ''),
    fc.constantFrom('\n', '\r\n', '\r'),
    yamlish,
    fc.constantFrom('---', '...', '--- ', ''),
    fc.constantFrom('\n', '\r\n', '\r', ''),
    fc.string({ maxLength: 20 }),
  )
  .map(([bom, open, eol, yaml, close, eol2, body]) =>
    [bom, open, eol, yaml, eol, close, eol2, body].join(''),
  );

/** A plain value a field may be set to. */
export const fieldValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom('', 'null', 'true', '- x', 'a: b', '#', "'", '"', '2016-06-03', '\n', ' x '),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('a', 'b', 'img'), fc.string({ maxLength: 6 }), { maxKeys: 2 }),
);

const snippet = fc.constantFrom(
  '# Título\n',
  'Setext\n===\n',
  'Párrafo *uno* y **dos** con `código`.\n',
  '- a\n- b\n  - c\n',
  '1. uno\n2. dos\n',
  '> cita\n> > anidada\n',
  '```js\nvar a;\n\nvar b;\n```\n',
  '    indentado\n',
  '[ref]: https://ejemplo.cl "t"\n',
  'Ver [ref] y [Ref][] y [otro][ref].\n',
  'Nota[^1].\n',
  '[^1]: El pie.\n',
  '{% highlight ruby %}\nx = 1\n\n{% endhighlight %}\n',
  '{{ site.baseurl }}/x\n',
  '{: .clase #id}\n',
  '<!--more-->\n',
  '<div>\n<p>html</p>\n</div>\n',
  '| a | b |\n|---|---|\n| 1 | 2 |\n',
  '***\n',
  '\u200F\u202Eتست\u200D👩‍👩‍👧 e\u0301 \uD800 \uDFFF\n',
  '\t- tab\n',
  '---\n',
  '\n',
  '\n\n',
  'línea\r\n',
  'cr\r',
  '<span>'.repeat(120),
  '>'.repeat(40) + ' hondo\n',
  '- '.repeat(40) + 'x\n',
  '*a '.repeat(120) + '\n',
  'x'.repeat(300) + '\n',
);

/** A Markdown body made of tricky snippets, some over the render limits. */
export const markdownDoc: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 5, arbitrary: snippet }, anyUnicode), { maxLength: 12 })
  .map((parts) => parts.join(''));

/**
 * A body made of a few blocks repeated: twins (numbered keys and heading ids), lists next to
 * lists and to text that an edit makes an item, indented code, a fence the refusal pre-check
 * misreads, a deep quote.
 */
export const repetitiveDoc: fc.Arbitrary<string> = fc
  .array(
    fc.constantFrom(
      '# Título\n\n',
      '## Título\n\n',
      'Título\n\n',
      'Párrafo.\n\n',
      '- a\n- b\n\n',
      '-x\n\n',
      '2.x\n\n',
      '1. uno\n\n',
      '    code\n\n',
      '> cita\n\n',
      'Dos\n    ```\n\n',
      '```\n',
      `${'>'.repeat(33)} hondo\n\n`,
      '<span>'.repeat(60) + '\n\n',
    ),
    { maxLength: 10 },
  )
  .map((parts) => parts.join(''));

/** One edit of a document: replace `length` units at `at` (fractions of the length) by `insert`. */
export interface DocEdit {
  at: number;
  length: number;
  insert: string;
}

/** A sequence of edits as an editor makes them: typing, deleting, pasting snippets. */
export const docEdits: fc.Arbitrary<DocEdit[]> = fc.array(
  fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.nat(30),
    insert: fc.oneof(
      fc.constantFrom('', 'a', ' ', '\n', '\n\n', '[', ']', '*', '`', '>'),
      snippet,
      anyUnicode,
    ),
  }),
  { minLength: 1, maxLength: 6 },
);

/** One key of `typingEdits`: a `DocEdit` placed inside a block, or at a block's edge. */
export interface TypingEdit extends DocEdit {
  /** At the edge of a block (its first character, its end, its trailing blank line). */
  edge: boolean;
}

/** Keys that end or start blocks: Enter, a new item or quote line, a row, a fence. */
const blockKey = fc.constantFrom(
  '\n',
  '\n\n',
  '\n- ',
  '\n1. ',
  '\n> ',
  '\n\n- ',
  '\n    ',
  ' | ',
  '\n|-|-|\n',
  '\n```\n',
  '```',
  '---\n',
  '===',
);

/**
 * Edits as a person types: a character (markup and any Unicode included), a Backspace, a key
 * that ends or starts a block, or a paste of several blocks; inside a block or at its edge.
 */
export const typingEdits: fc.Arbitrary<TypingEdit[]> = fc.array(
  fc.record({
    // Integers, not doubles: fast-check's doubles crowd at 0 and 1, the ends of the text.
    at: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000),
    edge: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, fc.constant(true)),
    length: fc.oneof(
      { weight: 8, arbitrary: fc.constant(0) },
      { weight: 2, arbitrary: fc.integer({ min: 1, max: 2 }) },
      { weight: 1, arbitrary: fc.integer({ min: 3, max: 40 }) },
    ),
    insert: fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...'abcñ é,.') },
      { weight: 4, arbitrary: fc.constantFrom(...'*_`[]()<>!#-+=|{}%:^\\&~\n\r\t1') },
      { weight: 2, arbitrary: anyUnicode.map((s) => s.slice(0, 2)) },
      { weight: 2, arbitrary: fc.constant('') },
      { weight: 3, arbitrary: blockKey },
      { weight: 1, arbitrary: markdownDoc },
    ),
  }),
  { minLength: 1, maxLength: 12 },
);

/** Returns `text` after applying `edit`. */
export function applyEdit(text: string, edit: DocEdit): string {
  const at = Math.floor(edit.at * text.length);
  return text.slice(0, at) + edit.insert + text.slice(Math.min(text.length, at + edit.length));
}

const SCHEMES = ['javascript', 'vbscript', 'data'];

/** Returns `scheme:` obfuscated the ways browsers still read it (case, entities, controls). */
function obfuscate(scheme: string, style: number[]): string {
  return [...`${scheme}:`]
    .map((c, i) => {
      const s = style[i % style.length];
      if (s === 1) return c.toUpperCase();
      if (s === 2) return `&#${c.charCodeAt(0)};`;
      if (s === 3) return `&#x${c.charCodeAt(0).toString(16)};`;
      if (s === 4) return `${c}\t`;
      if (s === 5) return `&Tab;${c}`;
      if (s === 6) return `${c}&#10;`;
      if (s === 7) return `%${c.charCodeAt(0).toString(16)}`;
      return c;
    })
    .join('');
}

/** A link, image, autolink, definition or raw HTML whose URL is an obfuscated script URL. */
export const hostileLink: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...SCHEMES),
    fc.array(fc.nat(7), { minLength: 1, maxLength: 6 }),
    fc.constantFrom('', ' ', '\u0001', '\u0000', '\t', '\n', '&#0;', '&#x20;', '\u00a0'),
    fc.constantFrom(
      'alert(1)',
      'text/html,<script>alert(1)</script>',
      'text/html;base64,PHNjcmlwdD4=',
    ),
    fc.nat(9),
  )
  .map(([scheme, style, lead, payload, shape]) => {
    const url = `${lead}${obfuscate(scheme, style)}${payload}`;
    switch (shape) {
      case 0:
        return `[x](${url})`;
      case 1:
        return `![x](<${url}>)`;
      case 2:
        return `[x][r]\n\n[r]: <${url}>`;
      case 3:
        return `<${scheme}:${payload}>`;
      case 4:
        return `<a href="${url}">x</a>`;
      case 5:
        return `<img src="${url}" onerror="alert(1)">`;
      case 6:
        return `<iframe src="${url}"></iframe>`;
      case 7:
        return `[x](${url}){: target="_blank"}`;
      case 8:
        return `<a href='${url}' style="x">y</a> <svg><a xlink:href="${url}">z</a></svg>`;
      default:
        return `<form action="${url}"><button formaction="${url}">b</button></form>`;
    }
  });
