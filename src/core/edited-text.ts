/**
 * A long text as the editor changes it, key by key, without a new copy of the whole text on each
 * key. A JavaScript string cannot be changed: each key's new text is the old one's pieces joined,
 * which V8 copies whole into one new string the first time anything reads it (683 kB and about
 * 2 ms a key in a 50,000-word post, and the garbage collection that many large copies drive).
 *
 * An `EditedText` is a flat `base` string with one stretch replaced: `base[0, from)`, then
 * `insert`, then `base[to, …)`. Each edit on top of it widens that one stretch and keeps the same
 * base while the stretch stays short, so typing at one place keeps reading the same base. Two
 * texts on the same base differ only inside their two stretches: `diffTexts` finds where they
 * differ by reading there, not the whole text. The whole text as a string is made only when asked
 * for (`toString`), once; the autosave asks once a save, the typing path never.
 *
 * `TextSource` is what readers of such a text need: a string is one, so code written for it
 * reads plain strings (tests, the worker) and edited texts alike.
 */
import { diffStrings, type TextSource } from './text.ts';

export type { TextSource };

/** How many characters `diffTexts` compares at once, as strings, before it compares one by one. */
const CHUNK = 128;

/**
 * Where a text (a view) sits in its base: it is `base[start, …)` with `base[from, to)` replaced
 * by its `insert` (`from` and `to` -1 when no stretch is replaced in view).
 */
interface Span {
  start: number;
  from: number;
  to: number;
}

/**
 * How long the replaced stretch may grow before an edit starts a new base (the whole text, made
 * once): each edit copies the stretch, so it stays short; typing far from it, or pasting again
 * and again, makes it long.
 */
const MAX_STRETCH = 16_384;

/**
 * A text: `base` with `base[from, to)` replaced by `insert`, read from `offset` on (a view of
 * the text after its first `offset` characters, such as a post's body). Immutable.
 */
export class EditedText implements TextSource {
  readonly length: number;
  /** The end of `insert` in the whole text (before the view's `offset`). */
  private readonly insertEnd: number;
  private flat: string | null = null;
  /** The whole text this is a view of (itself when it is whole). */
  private readonly whole: EditedText;

  constructor(
    readonly base: string,
    readonly from: number,
    readonly to: number,
    readonly insert: string,
    readonly offset = 0,
    of?: EditedText,
  ) {
    this.whole = of ?? this;
    if (!(0 <= from && from <= to && to <= base.length)) throw new RangeError('bad stretch');
    this.insertEnd = from + insert.length;
    const size = base.length - (to - from) + insert.length;
    if (!(0 <= offset && offset <= size)) throw new RangeError('bad offset');
    this.length = size - offset;
  }

  /** Returns `text` as an edited text with nothing replaced, read from `offset` on. */
  static of(text: string, offset = 0): EditedText {
    return new EditedText(text, 0, 0, '', offset);
  }

  charCodeAt(index: number): number {
    if (!(index >= 0 && index < this.length)) return NaN;
    const at = index + this.offset;
    if (at < this.from) return this.base.charCodeAt(at);
    if (at < this.insertEnd) return this.insert.charCodeAt(at - this.from);
    return this.base.charCodeAt(at - this.insertEnd + this.to);
  }

  charAt(index: number): string {
    if (!(index >= 0 && index < this.length)) return '';
    const at = index + this.offset;
    if (at < this.from) return this.base.charAt(at);
    if (at < this.insertEnd) return this.insert.charAt(at - this.from);
    return this.base.charAt(at - this.insertEnd + this.to);
  }

  slice(start = 0, end = this.length): string {
    if (this.flat !== null) return this.flat.slice(start, end);
    const a = Math.max(0, Math.min(start, this.length)) + this.offset;
    const b = Math.max(0, Math.min(end, this.length)) + this.offset;
    if (b <= a) return '';
    const { base, from, to, insert, insertEnd } = this;
    if (b <= from) return base.slice(a, b);
    if (a >= insertEnd) return base.slice(a - insertEnd + to, b - insertEnd + to);
    let out = a < from ? base.slice(a, from) : '';
    out += insert.slice(Math.max(a, from) - from, Math.min(b, insertEnd) - from);
    if (b > insertEnd) out += base.slice(to, b - insertEnd + to);
    return out;
  }

  /** The whole text, made once. */
  toString(): string {
    if (this.flat === null) {
      const { base, from, to, insert, offset } = this;
      this.flat =
        from === to && insert === ''
          ? base.slice(offset)
          : (base.slice(0, from) + insert + base.slice(to)).slice(offset);
    }
    return this.flat;
  }

  /** Returns true when `other` is the same text (see `sameText`). */
  equals(other: TextSource): boolean {
    return sameText(this, other);
  }

  /** Returns where the text sits in its base, or null when it starts inside the stretch. */
  inBase(): Span | null {
    const { from, to, insert, offset, insertEnd } = this;
    if (from === to && insert === '') return { start: offset, from: -1, to: -1 };
    if (offset <= from) return { start: offset, from, to };
    if (offset >= insertEnd) return { start: offset - insertEnd + to, from: -1, to: -1 };
    return null;
  }

  /** Returns the text from `offset` on (offsets of the view count from there). */
  view(offset: number): EditedText {
    if (offset === 0) return this;
    const { base, from, to, insert } = this;
    return new EditedText(base, from, to, insert, this.offset + offset, this.whole);
  }

  /**
   * Returns this text as a text on `base` with nothing replaced, when `base` is its whole text
   * made into a string (the base the edit after it started): then the two compare on one base.
   */
  on(base: string): EditedText | null {
    const made = this.whole.flat;
    return made !== null && made === base ? EditedText.of(base, this.offset) : null;
  }

  /**
   * Returns this text (a whole one, not a view) with `[from, to)` replaced by `insert`: on the
   * same base when the replaced stretch stays short, else on this text made into a string (once:
   * no copy when it was made already, for a save), with the edit as its stretch.
   */
  edit(from: number, to: number, insert: string): EditedText {
    if (this.offset !== 0) throw new Error('only a whole text is edited');
    if (!(0 <= from && from <= to && to <= this.length)) throw new RangeError('bad edit');
    // An empty stretch (nothing replaced yet) does not widen the new one.
    const none = this.from === this.to && this.insert === '';
    const lo = none ? from : Math.min(from, this.from);
    const hi = none ? to : Math.max(to, this.insertEnd);
    if (hi - lo - (to - from) + insert.length <= MAX_STRETCH) {
      const stretch = this.slice(lo, from) + insert + this.slice(to, hi);
      // `hi` is at or after the stretch's end: where it falls in the base.
      return new EditedText(this.base, lo, hi - this.insertEnd + this.to, stretch);
    }
    return new EditedText(this.toString(), from, to, insert);
  }
}

/**
 * Returns the longest common prefix of `a` and `b` (`head`) and their longest common suffix no
 * longer than what is left after it (`tail`): what `commonPrefix` and `commonSuffix` give for
 * their strings. Two texts on one base that start at one place of it (a string counts as an
 * edited text of itself) are compared only around their replaced stretches; others are compared
 * as strings.
 */
export function diffTexts(a: TextSource, b: TextSource): { head: number; tail: number } {
  if (a === b) return { head: a.length, tail: 0 };
  const x = edited(a, b);
  const y = edited(b, a);
  if (x && y && x.base === y.base) {
    const [sx, sy] = [x.inBase(), y.inBase()];
    if (sx && sy && sx.start === sy.start) {
      // A key compares the same two texts more than once (the store, the fast path, the render
      // client); edited texts do not change, so the last answer holds for the same two.
      if (last.a !== a || last.b !== b) last = { a, b, diff: diffOnBase(x, sx, y, sy) };
      return last.diff;
    }
  }
  return diffStrings(a, b);
}

/** The last two edited texts `diffTexts` compared, and its answer. */
let last: { a: TextSource | null; b: TextSource | null; diff: { head: number; tail: number } } = {
  a: null,
  b: null,
  diff: { head: 0, tail: 0 },
};

/** Returns true when `a` and `b` are the same text. */
export function sameText(a: TextSource, b: TextSource): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return diffTexts(a, b).head === a.length;
}

/**
 * Returns `text` as an edited text to compare with `other`: itself, or on `other`'s base when
 * that base is `text` made whole (`on`), or a string that is `other`'s base, unedited, from
 * where `other` starts in it. The last is the text a post opened with and its body, which the
 * first key's text is an edit of: they compare on the base too, not as two whole strings (the
 * edited one made whole first, about 2 ms at 50,000 words, then read from its start). Telling
 * that the string is that part of the base is one native comparison (0.1 ms at that size).
 */
function edited(text: TextSource, other: TextSource): EditedText | null {
  if (text instanceof EditedText) {
    if (other instanceof EditedText && other.base !== text.base) return text.on(other.base) ?? text;
    return text;
  }
  if (typeof text !== 'string' || !(other instanceof EditedText)) return null;
  const { base } = other;
  const start = other.inBase()?.start;
  if (start === undefined || text.length !== base.length - start) return null;
  return base === text || base.startsWith(text, start) ? EditedText.of(base, start) : null;
}

function diffOnBase(
  a: EditedText,
  sa: Span,
  b: EditedText,
  sb: Span,
): { head: number; tail: number } {
  const shortest = Math.min(a.length, b.length);
  const stretches = [sa, sb].filter((s) => s.from >= 0);
  // Neither has a stretch in view: both are the base from the same place.
  if (stretches.length === 0) return { head: shortest, tail: 0 };
  // Before both stretches, and after both, the two texts are the base's.
  let head = Math.min(...stretches.map((s) => s.from)) - sa.start;
  const equalTail = a.base.length - Math.max(...stretches.map((s) => s.to));
  const rest = shortest - equalTail;
  const even = a.length === b.length;
  // Of equal lengths, past both stretches the rest is the same base text.
  const past = () => (even && head >= rest ? (head = shortest) : head);
  past();
  // Whole chunks compare natively (a pasted stretch is thousands of characters), then one by one.
  while (head + CHUNK <= shortest && a.slice(head, head + CHUNK) === b.slice(head, head + CHUNK)) {
    head += CHUNK;
    past();
  }
  while (head < shortest && a.charCodeAt(head) === b.charCodeAt(head)) {
    head++;
    past();
  }
  const limit = shortest - head;
  let tail = Math.min(Math.max(0, equalTail), limit);
  const [m, n] = [a.length, b.length];
  while (
    tail + CHUNK <= limit &&
    a.slice(m - tail - CHUNK, m - tail) === b.slice(n - tail - CHUNK, n - tail)
  ) {
    tail += CHUNK;
  }
  while (tail < limit && a.charCodeAt(m - 1 - tail) === b.charCodeAt(n - 1 - tail)) tail++;
  return { head, tail };
}
