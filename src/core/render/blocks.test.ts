import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { splitBlocks } from './blocks.ts';
import { CORPUS_DIR, corpusFiles } from '../../../fixtures/paths.mjs';

describe('splitBlocks', () => {
  const corpus = corpusFiles(CORPUS_DIR);

  test('covers every corpus file exactly, in order, with non-empty blocks', () => {
    expect(corpus.length).toBeGreaterThan(250);
    for (const file of corpus) {
      const text = readFileSync(file, 'utf8');
      const blocks = splitBlocks(text);
      expect(blocks.map((b) => b.source).join(''), file).toBe(text);
      let at = 0;
      for (const block of blocks) {
        expect(block.from, file).toBe(at);
        expect(block.to, file).toBeGreaterThan(block.from);
        expect(text.slice(block.from, block.to)).toBe(block.source);
        at = block.to;
      }
      expect(at, file).toBe(text.length);
    }
  });

  test('blocks start at line starts and keep blank lines with the block before', () => {
    const text = '\n\n# Título\n\nPárrafo uno\nsigue.\n\n\n- a\n- b\n\n```\nx\n\n```\n';
    expect(splitBlocks(text).map((b) => [b.kind, b.source])).toEqual([
      ['heading', '\n\n# Título\n\n'],
      ['paragraph', 'Párrafo uno\nsigue.\n\n\n'],
      ['list', '- a\n- b\n\n'],
      ['code', '```\nx\n\n```\n'],
    ]);
  });

  test('handles CRLF, CR-only endings and a byte order mark', () => {
    for (const text of ['\uFEFFUno\r\n\r\nDos\r\n', 'Uno\r\rDos\r', '\uFEFF\n\nUno\n\nDos']) {
      const blocks = splitBlocks(text);
      expect(blocks.map((b) => b.source).join('')).toBe(text);
      expect(blocks).toHaveLength(2);
      expect(blocks[1].source.startsWith('Dos')).toBe(true);
    }
  });

  test('an IAL line belongs to the block it touches', () => {
    const text = '## Título\n{: #id}\n\n{: .antes}\nPárrafo\n\nSolo\n';
    expect(splitBlocks(text).map((b) => b.source)).toEqual([
      '## Título\n{: #id}\n\n',
      '{: .antes}\nPárrafo\n\n',
      'Solo\n',
    ]);
  });

  test('{% highlight %} blocks are one code block even with blank lines inside', () => {
    const text = '{% highlight js %}\nvar a;\n\nvar b;\n{% endhighlight %}\n\nFin\n';
    expect(splitBlocks(text).map((b) => b.kind)).toEqual(['code', 'paragraph']);
  });

  test('empty and blank bodies', () => {
    expect(splitBlocks('')).toEqual([]);
    expect(splitBlocks('\n \n')).toEqual([{ from: 0, to: 3, source: '\n \n', kind: 'blank' }]);
  });
});
