import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { renderMarkdown } from './render-markdown.ts';

interface SpecExample {
  markdown: string;
  html: string;
  section: string;
  number: number;
}

const spec = createRequire(import.meta.url)('commonmark-spec') as { tests: SpecExample[] };
// The spec writes tabs as → so that they show; its own runner turns them back into tabs.
const tests = spec.tests.map((example) => ({
  ...example,
  markdown: example.markdown.replaceAll('→', '\t'),
  html: example.html.replaceAll('→', '\t'),
}));

/**
 * Examples the pipeline renders differently from the CommonMark spec, with the reason. The test
 * fails when an example outside this map fails, and when one inside it passes.
 */
const KNOWN_FAILURES: Record<number, string> = {
  602: 'GFM autolink literal: the URL inside an invalid <…> autolink becomes a link',
  606: 'GFM autolink literal: the email inside an invalid <…> autolink becomes a link',
  608: 'GFM autolink literal: the URL inside "< … >" becomes a link',
  611: 'GFM autolink literal: a bare URL becomes a link (CommonMark keeps it text)',
  612: 'GFM autolink literal: a bare email becomes a mailto link (CommonMark keeps it text)',
};

/** Returns HTML in a canonical form: whitespace between tags, attribute order, void tags, entities. */
function normalize(html: string): string {
  return html
    .replace(/&(?:#x([0-9a-f]+)|#(\d+)|quot|amp|lt|gt);/gi, (all, hex: string, dec: string) => {
      const code = hex ? Number.parseInt(hex, 16) : dec ? Number(dec) : undefined;
      const char =
        code !== undefined
          ? String.fromCodePoint(code)
          : { '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>' }[all.toLowerCase()];
      return char === '<' ? '&lt;' : char === '&' ? '&amp;' : (char ?? all);
    })
    .replace(
      /<([a-z][a-z0-9]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/gi,
      (_all, name: string, attrs: string) => {
        const list = attrs.match(/[^\s=>/]+(?:="[^"]*")?/g) ?? [];
        return `<${name.toLowerCase()}${list
          .sort()
          .map((a) => ` ${a}`)
          .join('')}>`;
      },
    )
    .replace(/>\s+</g, '><')
    .replace(/\s+/g, ' ')
    .trim();
}

function render(markdown: string): string {
  return renderMarkdown(markdown, { sanitize: false, jekyll: false, wrapBlocks: false });
}

describe('CommonMark conformance (sanitize off, Jekyll plugins off)', () => {
  const results = tests.map((example) => ({
    example,
    pass: normalize(render(example.markdown)) === normalize(example.html),
  }));

  test('pass rate per section, ≥ 99% overall', () => {
    const sections = new Map<string, { pass: number; total: number }>();
    for (const { example, pass } of results) {
      const row = sections.get(example.section) ?? { pass: 0, total: 0 };
      row.total += 1;
      row.pass += pass ? 1 : 0;
      sections.set(example.section, row);
    }
    const table = [...sections].map(([section, { pass, total }]) => ({
      section,
      pass,
      total,
      rate: `${((100 * pass) / total).toFixed(1)}%`,
    }));
    console.log(
      table
        .map(
          (r) =>
            `${r.section.padEnd(36)} ${String(r.pass).padStart(3)}/${String(r.total).padEnd(3)} ${r.rate}`,
        )
        .join('\n'),
    );
    const passed = results.filter((r) => r.pass).length;
    console.log(
      `overall ${passed}/${results.length} (${((100 * passed) / results.length).toFixed(2)}%)`,
    );
    expect(passed / results.length).toBeGreaterThanOrEqual(0.99);
  });

  test('every failing example is a known, explained failure', () => {
    const failing = results.filter((r) => !r.pass).map((r) => r.example.number);
    for (const number of failing) {
      const example = tests[number - 1];
      if (!(number in KNOWN_FAILURES)) {
        console.log(
          number,
          JSON.stringify(example.markdown),
          '\nexpected',
          example.html,
          '\ngot     ',
          render(example.markdown),
        );
      }
    }
    expect(failing).toEqual(Object.keys(KNOWN_FAILURES).map(Number));
  });
});
