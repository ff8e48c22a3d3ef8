/**
 * The post texts of the kinds-of-edit bench: a body built from the blog's posts with a list, a
 * quote, a table and a fenced code block of real corpus posts inserted near the typing spot (the
 * blog's own posts have almost none), and the spots where each kind of edit happens.
 */
import { CORPUS_DIR, corpusFiles, readPostFile } from '../../fixtures/paths.mjs';
import { buildBody, countWords, headingSpot, typingSpot } from './bodies.mjs';

const FRONT_MATTER = /^---[ \t]*\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const LETTERS = 'A-Za-zÁÉÍÓÚÑÜáéíóúñü';
/** Inline Markdown, HTML and Liquid that the text of an inserted block must not hold. */
const MARKUP = /[*_`[\]<>{}#|\\~!&]|^\s*\d+[.)]\s/;
/** What plain prose must not hold either: what kramdown's typography rewrites (quotes, dashes). */
const TYPOGRAPHY = /["'“”‘’]|--|\.\./;
/** Two words of 4+ letters with a space between: where typing goes (end of the first). */
const WORD_PAIR = new RegExp(`[${LETTERS}]{4,} [${LETTERS}]{4,}`);
/** The blog first, then the other Spanish blog, then the rest: real text close to the posts. */
const FOLDER_ORDER = ['ciudadanointeligente-blog/', 'codeandomexico-blog/'];

/** Returns true for a line of plain prose (no Markdown syntax, no typographic quotes). */
const plainLine = (line) =>
  line.length > 40 &&
  new RegExp(`^[${LETTERS}¿¡]`).test(line) &&
  !MARKUP.test(line) &&
  !TYPOGRAPHY.test(line);

/** Returns the lines of a block whose every line matches `re`, or null. */
const linesAll = (block, re) => {
  const lines = block.split('\n');
  return lines.every((l) => re.test(l)) ? lines : null;
};

/** Predicates of the four blocks to insert: each returns true for a usable corpus block. */
const KINDS = {
  // A tight bullet list of 3+ plain items, typed into and continued after its last item.
  list: (b) => {
    const lines = linesAll(b, new RegExp(`^[-*+] [${LETTERS}¿¡].{20,100}[${LETTERS}.,?]$`));
    return (
      !!lines &&
      lines.length >= 3 &&
      lines.length <= 6 &&
      WORD_PAIR.test(lines[0]) &&
      lines.every((l) => !MARKUP.test(l.slice(2)))
    );
  },
  quote: (b) => {
    const lines = linesAll(b, /^> \S.{40,}$/);
    return (
      !!lines &&
      lines.some((l) => WORD_PAIR.test(l)) &&
      lines.every((l) => !MARKUP.test(l.slice(2)))
    );
  },
  // A GFM table whose delimiter row has as many cells as its header, with a plain body cell.
  table: (b) => {
    const lines = linesAll(b, /^\|.*\|\s*$/);
    if (!lines || lines.length < 3 || !/^[|\s:-]+$/.test(lines[1])) return false;
    const cells = (l) => l.trim().slice(1, -1).split('|');
    const n = cells(lines[0]).length;
    return (
      lines.every((l) => cells(l).length === n && !/[*_`[\]<>{}\\~!&"]/.test(l)) &&
      lines.slice(2).some((l) => cells(l).some((c) => WORD_PAIR.test(c)))
    );
  },
  // A fenced block without Liquid (the preview shows Liquid as placeholders, even in code).
  code: (b) => {
    const lines = b.split('\n');
    const fence = /^(```|~~~)/.exec(lines[0]);
    return (
      !!fence &&
      lines.length >= 4 &&
      lines.at(-1).startsWith(fence[1]) &&
      !/\{[{%]/.test(b) &&
      lines.slice(1, -1).some((l) => WORD_PAIR.test(l))
    );
  },
};

/** Returns the body of a corpus file (front matter cut off, `\n` line ends). */
function corpusBody(file) {
  return readPostFile(file)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(FRONT_MATTER, '');
}

/**
 * Returns the first corpus block of each kind (list, quote, table, code) and the first two
 * plain paragraphs in a row (pair), looking in the blog's posts first, with the file it comes from. Throws when the corpus has none of a kind.
 */
export function corpusEditBlocks() {
  const rank = (f) => {
    const i = FOLDER_ORDER.findIndex((d) => f.includes(`/corpus/${d}`));
    return i === -1 ? FOLDER_ORDER.length : i;
  };
  const files = corpusFiles(CORPUS_DIR)
    .filter((f) => !f.endsWith('.tsv'))
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
  const found = {};
  for (const file of files) {
    const all = corpusBody(file).split(/\n{2,}/);
    all.forEach((block, i) => {
      const next = all[i + 1] ?? '';
      if (!found.pair && [block, next].every(plainLine) && /[.;:]$/.test(block)) {
        found.pair = { text: `${block}\n\n${next}`, source: file.slice(CORPUS_DIR.length + 1) };
      }
    });
    for (const block of all) {
      for (const [kind, ok] of Object.entries(KINDS)) {
        if (!found[kind] && ok(block.trim())) {
          found[kind] = { text: block.trim(), source: file.slice(CORPUS_DIR.length + 1) };
        }
      }
    }
    if (Object.keys(found).length === Object.keys(KINDS).length + 1) return found;
  }
  const missing = ['pair', ...Object.keys(KINDS)].filter((k) => !found[k]);
  throw new Error(`no corpus block of kind ${missing.join(', ')}`);
}

/**
 * Returns a body of about `words` words (`buildBody`) with the blocks of `corpusEditBlocks`
 * inserted right after the paragraph of its typing spot, and that spot (`paragraph`).
 */
export function buildEditBody(words, bodies, blocks) {
  const plain = buildBody(words, bodies);
  const paragraph = typingSpot(plain);
  const end = plain.indexOf('\n\n', paragraph.at);
  const at = end === -1 ? plain.length : end;
  const inserted = ['pair', 'list', 'quote', 'table', 'code'].map((k) => blocks[k].text);
  return { body: `${plain.slice(0, at)}\n\n${inserted.join('\n\n')}${plain.slice(at)}`, paragraph };
}

/**
 * Returns the start of the second paragraph of the inserted `pair`: Backspace there joins the
 * two. `before` is the end of the first paragraph and `first` the start of the second.
 */
function joinSpot(body, pair, from) {
  const [a, b] = pair.split('\n\n');
  return {
    at: offsetOf(body, pair, from) + a.length + 2,
    before: a.slice(-24),
    first: b.slice(0, 24),
  };
}

/** Returns the spot `{ at, anchor, after }` at the first word pair of `line` (at `offset`). */
function pairIn(line, offset, from = 0) {
  const re = new RegExp(WORD_PAIR.source, 'g');
  re.lastIndex = from;
  const m = re.exec(line);
  if (!m) return null;
  const [anchor, after] = m[0].split(' ');
  return { at: offset + m.index + anchor.length, anchor, after: ` ${after}` };
}

/** Returns the offset of `block` in `body` from `from` on (where it was inserted), or throws. */
function offsetOf(body, block, from) {
  const at = body.indexOf(block, from);
  if (at === -1) throw new Error('inserted block not found in the body');
  return at;
}

/**
 * Returns the spots of every kind of edit in `body`, built by `buildEditBody` with `blocks` and
 * its typing spot `paragraph`, and of a heading's (`headingSpot`): `at` is where the cursor goes;
 * the other fields say what the preview shows there.
 */
export function editSpots(body, blocks, paragraph) {
  const from = paragraph.at;
  // The list: type in its first item; Enter at the end of its last one.
  const listAt = offsetOf(body, blocks.list.text, from);
  const items = blocks.list.text.split('\n');
  const list = { ...pairIn(items[0], listAt, 2), items: items.length };
  list.endAt = listAt + blocks.list.text.length;
  list.lastItem = items.at(-1).slice(2);
  const quoteAt = offsetOf(body, blocks.quote.text, from);
  const quoteLine = blocks.quote.text.split('\n').find((l) => WORD_PAIR.test(l));
  const quote = pairIn(quoteLine, quoteAt + blocks.quote.text.indexOf(quoteLine), 2);
  const tableAt = offsetOf(body, blocks.table.text, from);
  const rows = blocks.table.text.split('\n');
  const row = rows.slice(2).find((l) => WORD_PAIR.test(l));
  const table = pairIn(row, tableAt + blocks.table.text.indexOf(row));
  const codeAt = offsetOf(body, blocks.code.text, from);
  const codeLine = blocks.code.text
    .split('\n')
    .slice(1, -1)
    .find((l) => WORD_PAIR.test(l));
  const code = pairIn(codeLine, codeAt + blocks.code.text.indexOf(codeLine));
  return {
    paragraph,
    list,
    quote,
    table,
    code,
    paragraphEnd: pairEnd(body, blocks.pair.text, from),
    join: joinSpot(body, blocks.pair.text, from),
    heading: headingSpot(body),
  };
}

/**
 * Returns the end of the inserted `pair`, with the end of its text (`anchor`): Enter there,
 * twice, starts a new paragraph.
 */
function pairEnd(body, pair, from) {
  return { at: offsetOf(body, pair, from) + pair.length, anchor: pair.slice(-24) };
}

/**
 * Returns `count` texts of exactly `length` characters to paste: plain words of the blog's
 * posts (letters, digits, commas and single periods only, so typography leaves them as they
 * are), each starting with a space, taken from different places of the corpus.
 */
export function pasteTexts(bodies, count, length = 2_000) {
  const words = bodies
    .join(' ')
    .split(/\s+/)
    .filter((w) => new RegExp(`^[${LETTERS}0-9]+[.,]?$`).test(w));
  const texts = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    let text = '';
    while (text.length < length) text += ` ${words[at++ % words.length]}`;
    // Cut at the length; a cut word is fine, but the text must not end in a space.
    text = text.slice(0, length);
    if (text.endsWith(' ')) text = `${text.slice(0, -1)}a`;
    texts.push(text);
  }
  return texts;
}

export { countWords };
