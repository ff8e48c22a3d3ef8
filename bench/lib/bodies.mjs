/**
 * The bench's post texts: bodies of about N words made of real posts of the blog, behind the
 * front matter of the blog's sample post.
 */
import path from 'node:path';
import { BLOG_DIR, SAMPLE_POST, corpusFiles, readPostFile } from '../../fixtures/paths.mjs';

const FRONT_MATTER = /^---[ \t]*\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** Returns the text of a post file without its BOM and with `\n` line ends. */
function readPlain(file) {
  return readPostFile(file)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
}

/** Returns the number of whitespace-separated words in `text`. */
export function countWords(text) {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}

/** Returns the sample post's front matter block (with its closing `---` and newline). */
export function sampleFrontMatter() {
  const m = readPlain(SAMPLE_POST).match(FRONT_MATTER);
  if (!m) throw new Error(`no front matter in ${path.basename(SAMPLE_POST)}`);
  return m[0].endsWith('\n') ? m[0] : `${m[0]}\n`;
}

/** Returns the bodies (front matter cut off, trimmed) of the blog's posts, in file-name order. */
export function corpusBodies() {
  return corpusFiles(BLOG_DIR)
    .map((file) => readPlain(file).replace(FRONT_MATTER, '').trim())
    .filter((b) => countWords(b) > 0);
}

/**
 * Returns a body of about `words` words: whole posts one after another (starting over when the
 * corpus runs out), the last one cut at a paragraph break once the count is reached.
 */
export function buildBody(words, bodies = corpusBodies()) {
  const parts = [];
  let total = 0;
  for (let i = 0; total < words; i++) {
    const body = bodies[i % bodies.length];
    const n = countWords(body);
    if (total + n <= words * 1.02) {
      parts.push(body);
      total += n;
      continue;
    }
    for (const para of body.split(/\n{2,}/)) {
      if (total >= words) break;
      parts.push(para);
      total += countWords(para);
    }
  }
  return `${parts.join('\n\n')}\n`;
}

/**
 * Returns where to type in `body`: the end of a plain word in a plain paragraph line near the
 * middle, with the word before it (`anchor`) and the text after it (`after`) as the preview
 * shows them, so the typed text can be recognised there.
 */
export function typingSpot(body) {
  const lines = body.split('\n');
  const plain = /^[A-Za-zÁÉÍÓÚÑáéíóúñ¿¡"“][^*_`[\]<>{}#|\\~!&]*$/;
  let offset = 0;
  const candidates = [];
  for (const line of lines) {
    if (line.length > 80 && plain.test(line)) candidates.push({ line, offset });
    offset += line.length + 1;
  }
  if (candidates.length === 0) throw new Error('no plain paragraph to type into');
  const mid = body.length / 2;
  candidates.sort((a, b) => Math.abs(a.offset - mid) - Math.abs(b.offset - mid));
  const { line, offset: lineStart } = candidates[0];
  // End of a word of letters followed by a space, around the middle of the line.
  const re = /[A-Za-zÁÉÍÓÚÑáéíóúñ]{4,} [A-Za-zÁÉÍÓÚÑáéíóúñ]{4,}/g;
  re.lastIndex = Math.floor(line.length / 3);
  const m = re.exec(line) ?? /[A-Za-zÁÉÍÓÚÑáéíóúñ]{4,} [A-Za-zÁÉÍÓÚÑáéíóúñ]{4,}/.exec(line);
  if (!m) throw new Error('no word pair in the chosen line');
  const [anchor, after] = m[0].split(' ');
  const at = lineStart + m.index + anchor.length;
  return { at, anchor, after: ` ${after}` };
}

/**
 * Returns where to type in a heading of `body`, as `typingSpot` does in a paragraph: the end of
 * a word followed by another, in the heading nearest the middle of the body.
 */
export function headingSpot(body) {
  const candidates = [];
  let offset = 0;
  for (const line of body.split('\n')) {
    const m = /^(#{1,6} .*?)([A-Za-zÁÉÍÓÚÑáéíóúñ]{3,}) ([A-Za-zÁÉÍÓÚÑáéíóúñ]{3,})/.exec(line);
    if (m && !/[*_`[\]<>{}|\\~!&]/.test(line)) {
      const at = offset + m[1].length + m[2].length;
      candidates.push({ at, anchor: m[2], after: ` ${m[3]}` });
    }
    offset += line.length + 1;
  }
  if (candidates.length === 0) throw new Error('no plain heading to type into');
  const mid = body.length / 2;
  candidates.sort((a, b) => Math.abs(a.at - mid) - Math.abs(b.at - mid));
  return candidates[0];
}
