// The raw HTML parser loads apart from the renderer (pipeline.ts): each test starts from fresh
// modules, without it, the way the preview's worker and the page's fast path start.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { corpusBodies, sampleBody } from './corpus.fixture.ts';

type Pipeline = typeof import('./pipeline.ts');
type Incremental = typeof import('./incremental.ts');
type Typing = typeof import('./typing.ts');

let pipeline: Pipeline;
let incremental: Incremental;
let typing: Typing;

beforeEach(async () => {
  vi.resetModules();
  pipeline = await import('./pipeline.ts');
  incremental = await import('./incremental.ts');
  typing = await import('./typing.ts');
});

/** The full render, which carries the raw HTML parser (it installs it in these modules too). */
async function fullRender(body: string): Promise<string> {
  const { renderMarkdown } = await import('./render-markdown.ts');
  return renderMarkdown(body);
}

describe('before the raw HTML parser has loaded', () => {
  test('a body with raw HTML cannot be rendered, and says why', () => {
    expect(pipeline.hasRawParser()).toBe(false);
    const renderer = incremental.createIncrementalRenderer();
    expect(() => renderer.update('Uno <abbr title="dos">tres</abbr>.\n')).toThrow(
      pipeline.RawHtmlUnavailable,
    );
    expect(() => renderer.update('<div>\nhola\n</div>\n')).toThrow(/HTML parser \(parse5\)/);
  });

  test('every corpus post the check finds without raw HTML renders exactly as the full render', async () => {
    const posts = [sampleBody, ...corpusBodies];
    const plain = posts.filter((body) => !pipeline.mayHoldRawHtml(body));
    const withRaw = posts.length - plain.length;
    // Both kinds are there: the check lets most posts render at once, not all.
    expect(plain.length).toBeGreaterThan(posts.length / 2);
    expect(withRaw).toBeGreaterThan(10);
    const renders = plain.map((body) => incremental.createIncrementalRenderer().update(body).html);
    expect(pipeline.hasRawParser()).toBe(false);
    for (const [i, body] of plain.entries()) expect(renders[i]).toBe(await fullRender(body));
    console.log(`${plain.length} of ${posts.length} posts rendered without the raw HTML parser`);
  });

  test('the typing fast path declines a block with raw HTML, and takes it once the parser is in', async () => {
    const shown = (body: string) => {
      const { blocks, contextFree } = incremental.createIncrementalRenderer().update(body);
      return { body, blocks, contextFree };
    };
    const before = 'Antes.\n\nTexto sin marcas.\n\nDespués.\n';
    const typed = 'Antes.\n\nTexto <kbd>sin</kbd> marcas.\n\nDespués.\n';
    expect(typing.typeIntoBlock(shown(before), typed)).toBeNull();
    // Its warm-up skips the sample with raw HTML instead of failing.
    expect(typing.warmUpTyping()).toBe(false);
    await import('./raw-html.ts');
    expect(pipeline.hasRawParser()).toBe(true);
    const blocks = typing.typeIntoBlock(shown(before), typed);
    expect(blocks?.map((b) => b.html).join('\n')).toContain('<kbd>sin</kbd>');
    expect(typing.warmUpTyping()).toBe(true);
  });
});

test('mayHoldRawHtml: every start of raw HTML, and not a lone <', () => {
  for (const text of ['<div>', 'a </b>', '<!-- c -->', '<?php ?>', '<!DOCTYPE html>', '<x-y>']) {
    expect(pipeline.mayHoldRawHtml(text)).toBe(true);
  }
  for (const text of ['a < b', '1 <2', 'sin marcas', '<', '<<>>']) {
    expect(pipeline.mayHoldRawHtml(text)).toBe(false);
  }
});
