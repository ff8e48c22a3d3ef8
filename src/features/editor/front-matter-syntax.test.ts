import { describe, expect, it } from 'vitest';
import { EditorState } from '@codemirror/state';
import { ensureSyntaxTree } from '@codemirror/language';
import { markdownWithFrontMatter } from './editor-tools';

/** Returns the syntax tree of `doc` as `Name[from,to]` entries, outermost first. */
function nodes(
  doc: string,
  state = EditorState.create({ doc, extensions: markdownWithFrontMatter() }),
) {
  const tree = ensureSyntaxTree(state, state.doc.length, 1e9);
  const out: string[] = [];
  tree?.iterate({ enter: (n) => void out.push(`${n.name}[${n.from},${n.to}]`) });
  return out;
}

describe('front matter in the editor', () => {
  it('is a block with its YAML parsed as YAML, and Markdown after it', () => {
    const found = nodes('---\ntitle: Hola\n---\n# Heading\n');
    expect(found.slice(0, 3)).toEqual([
      'Document[0,30]',
      'Frontmatter[0,19]',
      'FrontmatterMark[0,3]',
    ]);
    expect(found).toContain('Key[4,9]');
    expect(found).toContain('FrontmatterMark[16,19]');
    expect(found).toContain('ATXHeading1[20,29]');
  });

  it('closes on `...`, may be empty, and names a language that is not YAML', () => {
    expect(nodes('---\na: 1\n...\ntext')).toContain('FrontmatterMark[9,12]');
    expect(nodes('---\n---\nx\n').slice(1, 4)).toEqual([
      'Frontmatter[0,7]',
      'FrontmatterMark[0,3]',
      'FrontmatterMark[4,7]',
    ]);
    const js = nodes('---js\nfoo()\n---\nx');
    expect(js).toContain('FrontmatterText[6,11]');
    expect(js.some((n) => n.startsWith('Key'))).toBe(false);
  });

  it('runs to the end when never closed, and is only at the start of the document', () => {
    expect(nodes('---\na: 1\n\n# H\n').slice(1, 3)).toEqual([
      'Frontmatter[0,14]',
      'FrontmatterMark[0,3]',
    ]);
    expect(nodes('text\n\n---\na: 1\n---\n').some((n) => n.startsWith('Frontmatter'))).toBe(false);
    expect(nodes('----\na\n').some((n) => n.startsWith('Frontmatter'))).toBe(false);
  });

  it('keeps the tree after an edit in the body equal to a fresh parse', () => {
    const doc = '---\ntitle: Hola\n---\n\nUno dos.\n\n- tres\n';
    let state = EditorState.create({ doc, extensions: markdownWithFrontMatter() });
    nodes(doc, state);
    state = state.update({ changes: { from: 27, insert: ' y' } }).state;
    expect(nodes('', state)).toEqual(nodes(state.doc.toString()));
  });
});
