import { describe, expect, it } from 'vitest';
import { parseYaml } from './yaml-doc.ts';
import { quoteFixAt } from './yaml-quote-fix.ts';

/** Returns `src` with the fix of the line holding `needle` applied, and the fix. */
function fixed(src: string, needle: string) {
  const fix = quoteFixAt(src, src.indexOf(needle));
  if (!fix) throw new Error(`no fix for ${needle}`);
  return { fix, text: src.slice(0, fix.from) + fix.insert + src.slice(fix.to) };
}

const PLAN = [
  'layout: post',
  'title: "El "Plan Nacional": qué significa"',
  'intro: "Hola"',
  'date:   2016-06-03 12:00:00 -0300',
  'categories: ',
  '',
].join('\n');

describe('quoteFixAt', () => {
  it('rewrites a double-quoted title holding double quotes in single quotes, nothing else', () => {
    expect(parseYaml(PLAN).errors.length).toBeGreaterThan(0);
    const { fix, text } = fixed(PLAN, 'title');
    expect(fix).toMatchObject({
      key: 'title',
      insert: `'El "Plan Nacional": qué significa'`,
      value: 'El "Plan Nacional": qué significa',
    });
    expect(text).toBe(PLAN.replace(`"El "Plan Nacional": qué significa"`, fix.insert));
    const after = parseYaml(text);
    expect(after.errors).toEqual([]);
    expect(after.data).toEqual({
      layout: 'post',
      title: 'El "Plan Nacional": qué significa',
      intro: 'Hola',
      date: '2016-06-03 12:00:00 -0300',
      categories: null,
    });
  });

  it('finds the line from any offset on it', () => {
    const end = PLAN.indexOf('significa"') + 5;
    expect(quoteFixAt(PLAN, end)?.from).toBe(PLAN.indexOf('"El'));
  });

  it('turns a single-quoted value with an apostrophe into double quotes', () => {
    const { fix, text } = fixed("title: 'L'Oréal gana'\nintro: x\n", 'title');
    expect(fix.insert).toBe(`"L'Oréal gana"`);
    expect(text).toBe(`title: "L'Oréal gana"\nintro: x\n`);
    expect(parseYaml(text).data.title).toBe("L'Oréal gana");
  });

  it('keeps both kinds of quotes readable: escapes the inner double quotes', () => {
    const { fix } = fixed(`title: "L'Oréal dice "no""\n`, 'title');
    expect(fix.insert).toBe(`"L'Oréal dice \\"no\\""`);
    expect(fix.value).toBe(`L'Oréal dice "no"`);
  });

  it("keeps the writer's escapes and escapes only the stray quotes", () => {
    const { fix } = fixed(`title: "Dijo \\"hola\\" y "chao""\n`, 'title');
    expect(fix.insert).toBe(`"Dijo \\"hola\\" y \\"chao\\""`);
    expect(fix.value).toBe('Dijo "hola" y "chao"');
  });

  it('doubles the apostrophes of a single-quoted value that also holds a backslash', () => {
    const { fix } = fixed(`path: 'C:\\carpeta de "Ana" l'otra'\n`, 'path');
    expect(fix.insert).toBe(`'C:\\carpeta de "Ana" l''otra'`);
    expect(fix.value).toBe(`C:\\carpeta de "Ana" l'otra`);
  });

  it('fixes a value inside a list item and keeps its indentation', () => {
    const src = 'single_image:\n  - img: a.jpg\n    caption: "Foto: "Juan" en Lima"\n';
    const { text } = fixed(src, 'caption');
    expect(text).toBe(`single_image:\n  - img: a.jpg\n    caption: 'Foto: "Juan" en Lima'\n`);
    expect(parseYaml(text).data).toEqual({
      single_image: [{ img: 'a.jpg', caption: 'Foto: "Juan" en Lima' }],
    });
  });

  it('keeps CRLF line endings and trailing spaces outside the value', () => {
    const src = 'layout: post\r\ntitle: "Un "gran" día"  \r\nintro: x\r\n';
    const { text } = fixed(src, 'title');
    expect(text).toBe(`layout: post\r\ntitle: 'Un "gran" día'  \r\nintro: x\r\n`);
  });

  it.each([
    ['a valid quoted value', 'title: "Hola"\n'],
    ['an unclosed quote', 'title: "Hola\nintro: x\n'],
    ['text after the last quote', 'title: "El "Plan" nacional\n'],
    ['a plain value', 'caption: créditos: Le Journal\n'],
    ['escaped quotes only', 'title: "Dijo \\"hola\\""\n'],
    ['doubled apostrophes only', "title: 'L''Oréal'\n"],
    ['a comment holding quotes after a valid value', 'title: "Hola" # "nota"\n'],
  ])('offers nothing for %s', (_name, src) => {
    expect(quoteFixAt(src, 0)).toBeNull();
  });

  it('offers nothing when the line would keep a problem (a repeated key)', () => {
    const src = 'title: uno\ntitle: "El "Plan" de hoy"\n';
    expect(quoteFixAt(src, src.lastIndexOf('title'))).toBeNull();
  });
});
