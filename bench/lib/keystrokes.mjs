/** The long-session typing plan: a fixed, repeatable mix of keys as a person writes prose. */

// Lower-case ASCII Spanish words: no key opens a popup or starts Markdown syntax.
const WORDS = (
  'de la que el en y a los se del las un por con no una su para es al lo como mas pero sus le ' +
  'ya o este si porque esta entre cuando muy sin sobre tambien me hasta hay donde quien desde ' +
  'todo nos durante todos uno les ni contra otros ese eso ante ellos datos abiertos ciudad ' +
  'gobierno proyecto personas trabajo informacion publica transparencia herramientas comunidad'
).split(' ');

/**
 * Returns about `keys` key presses as steps `{ text }` (typed as is) or `{ key }` (pressed):
 * words and spaces, Enter at the first word end past 80 characters (every third line break a
 * blank line, so paragraphs split too), and now and then a two-letter typo taken back with two
 * Backspaces. Also returns the key count, the line `breaks` and `lastLine`, the text the final
 * line ends with once typed.
 */
export function keystrokePlan(keys) {
  let seed = 42;
  // A small LCG: the same plan on every run, so runs compare.
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const steps = [];
  let count = 0;
  let line = '';
  let breaks = 0;
  const type = (text) => {
    steps.push({ text });
    count += text.length;
    line += text;
  };
  const press = (key) => {
    steps.push({ key });
    count += 1;
  };
  while (count < keys || line === '') {
    if (line.length >= 80) {
      press('Enter');
      breaks += 1;
      if (breaks % 3 === 0) press('Enter');
      line = '';
    } else {
      if (line.length > 0 || breaks === 0) type(' ');
      if (random() < 0.02) {
        type('xq');
        press('Backspace');
        press('Backspace');
        line = line.slice(0, -2);
      }
      type(WORDS[Math.floor(random() * WORDS.length)]);
    }
  }
  return { steps, keys: count, breaks, lastLine: line };
}

/** Returns `steps` cut into chunks of about `size` key presses each. */
export function chunkSteps(steps, size) {
  const chunks = [];
  let chunk = [];
  let n = 0;
  for (const step of steps) {
    chunk.push(step);
    n += step.text ? step.text.length : 1;
    if (n >= size) {
      chunks.push(chunk);
      chunk = [];
      n = 0;
    }
  }
  if (chunk.length) chunks.push(chunk);
  return chunks;
}
