/**
 * kramdown's typography on a Markdown tree, as Jekyll publishes it: straight quotes become
 * curly ones by kramdown's smart-quote rules, `---` an em dash, `--` an en dash, `...` an
 * ellipsis, `<<`/`>>` guillemets. Code, and Liquid that the preview shows as written, are left
 * alone. A quote's side depends on the characters around it across the block's inline markup
 * (`"*énfasis*"`), so a block's text is read as one string, with markup as boundaries.
 *
 * The rules are kramdown's (lib/kramdown/parser/kramdown/smart_quotes.rb, a port of RubyPants),
 * applied in its order; `\w` and `\s` are ASCII, as in Ruby. Written here rather than taken from
 * remark-smartypants: that one runs a natural-language parser on every block, too slow for a
 * key press in a long post, and its rules differ from kramdown's on `''` and at markup.
 */
import type { Nodes, Root, Text } from 'mdast';

/** Where a quote sits, for the rules: the character before it and the text after it. */
type Side = 'open' | 'close';

const WORD = /[A-Za-z0-9_]/;
const SPACE = /[ \t\r\n\f\v]/;
const PUNCT = /[!"#$%'()*+,\-./:;<=>?@[\\\]^_`{|}~]/;
/** Characters after which a quote does not close (kramdown's SQ_CLOSE, negated). */
const NOT_CLOSING = /[ \\\t\r\n[{(-]/;

const CURLY: Record<string, Record<Side, string>> = {
  "'": { open: '‘', close: '’' },
  '"': { open: '“', close: '”' },
};

/**
 * Returns the side of a quote by kramdown's rules, in kramdown's order. `next` is the source
 * after it (markup included, as kramdown scans it); `prev` the character before it in the same
 * run of text, or null at the block's start or right after markup (kramdown then scans from
 * the quote itself, so the rules that need a character before it cannot apply).
 */
export function quoteSide(quote: string, next: string, prev: string | null): Side {
  if (prev !== null && !SPACE.test(prev)) {
    // `(SQ_CLOSE)('|")` → closing; else `(.?)'` → opening.
    return NOT_CLOSING.test(prev) ? 'open' : 'close';
  }
  if (prev === null) {
    // `("|')(?=[_*]{1,2}\S)` → opening.
    if (/^[_*]{1,2}\S/.test(next)) return 'open';
    // `("|')(?=PUNCT(?!\.\.)\B)` → closing.
    if (PUNCT.test(next[0] ?? '') && next.slice(1, 3) !== '..' && !WORD.test(next[1] ?? '')) {
      return 'close';
    }
  }
  const other = quote === '"' ? "'" : '"';
  // `(\s?)"'(?=\w)` and `(\s?)'"(?=\w)` → both opening (the pair is handled by the caller).
  if (next[0] === other && WORD.test(next[1] ?? '')) return 'open';
  // `(\s?)'(?=\d\ds)` → closing (the '80s).
  if (quote === "'" && /^\d\ds/.test(next)) return 'close';
  // `(\s)('|")(?=\w)` → opening.
  if (prev !== null && WORD.test(next[0] ?? '')) return 'open';
  // `("|')(?=\s|s\b|$)` → closing.
  if (prev === null && (next === '' || SPACE.test(next[0]) || /^s(?![A-Za-z0-9_])/.test(next))) {
    return 'close';
  }
  return 'open';
}

/** A run of the block's text (its text node), or markup: what kramdown's scanner sees of it. */
interface Piece {
  node: Text | null;
  text: string;
}

/** The source characters kramdown sees where the tree has markup (for the quotes' lookahead). */
function markupText(node: Nodes, closing: boolean): string {
  switch (node.type) {
    case 'emphasis':
      return '*';
    case 'strong':
      return '**';
    case 'delete':
      return '~~';
    case 'link':
    case 'linkReference':
      return closing ? ']' : '[';
    case 'inlineCode':
      return '`';
    case 'html':
      return node.value;
    case 'break':
      return '\n';
    case 'image':
    case 'imageReference':
      return '!';
    default:
      return '{';
  }
}

/** Collects the block's text runs and markup in source order. */
function pieces(node: Nodes, out: Piece[], isVerbatim: (node: Nodes) => boolean): void {
  if (node.type === 'text' && !isVerbatim(node)) {
    out.push({ node, text: node.value });
    return;
  }
  out.push({ node: null, text: markupText(node, false) });
  if (!('children' in node) || isVerbatim(node)) return;
  for (const child of node.children) pieces(child, out, isVerbatim);
  out.push({ node: null, text: markupText(node, true) });
}

const SYMBOLS: [RegExp, string][] = [
  [/---/g, '—'],
  [/--/g, '–'],
  [/\.\.\./g, '…'],
  [/<< /g, '«\u00a0'],
  [/ >>/g, '\u00a0»'],
  [/<</g, '«'],
  [/>>/g, '»'],
];
const HAS_SYMBOL = /--|\.\.\.|<<|>>/;

/** Applies kramdown's typography to one block's inline content (mutates its text nodes). */
function typesetBlock(block: Nodes, isVerbatim: (node: Nodes) => boolean): void {
  const runs: Piece[] = [];
  if ('children' in block) for (const child of block.children) pieces(child, runs, isVerbatim);
  /** The source after position `from` of run `r`, across later runs (a few characters). */
  const ahead = (r: number, from: number) => {
    let rest = runs[r].text.slice(from);
    for (let k = r + 1; k < runs.length && rest.length < 4; k++) rest += runs[k].text;
    return rest;
  };
  runs.forEach((run, r) => {
    const { node, text } = run;
    if (!node) return;
    const quoted = text.includes('"') || text.includes("'");
    if (!quoted && !HAS_SYMBOL.test(text)) return;
    let out = '';
    let forceOpen = false;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch !== '"' && ch !== "'") {
        out += ch;
        continue;
      }
      const next = ahead(r, i + 1);
      const prev = i > 0 ? text[i - 1] : null;
      const side: Side = forceOpen ? 'open' : quoteSide(ch, next, prev);
      // `"'` or `'"` before a word: kramdown replaces both quotes at once, both opening.
      forceOpen =
        !forceOpen &&
        side === 'open' &&
        (next[0] === '"' || next[0] === "'") &&
        next[0] !== ch &&
        /^[A-Za-z0-9_]/.test(next.slice(1)) &&
        (prev === null || SPACE.test(prev));
      out += CURLY[ch][side];
    }
    let value = out;
    if (HAS_SYMBOL.test(value)) for (const [re, sym] of SYMBOLS) value = value.replace(re, sym);
    node.value = value;
  });
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * Applies kramdown's typography to every paragraph, heading and table cell of `tree`.
 * `isVerbatim` marks nodes shown as written (the preview's Liquid), left alone like code.
 */
export function typeset(tree: Root, isVerbatim: (node: Nodes) => boolean = () => false): void {
  const walk = (node: Nodes) => {
    if (BLOCKS.has(node.type)) typesetBlock(node, isVerbatim);
    else if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
}
