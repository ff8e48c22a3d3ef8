import { describe, expect, it } from 'vitest';
import { ensureSyntaxTree } from '@codemirror/language';
import { EditorState, type Extension } from '@codemirror/state';
import { markdownWithFrontMatter } from './editor-tools';
import { plainMarkdownWithFrontMatter } from './extensions';

/** Returns the ranges of the Frontmatter node and of the first node after it, in `doc`. */
function frontMatterOf(doc: string, language: Extension): string[] {
  const state = EditorState.create({ doc, extensions: language });
  const tree = ensureSyntaxTree(state, doc.length, 10_000);
  const found: string[] = [];
  tree?.iterate({
    enter: (node) => {
      if (node.name === 'Frontmatter' || node.name === 'FrontmatterMark') {
        found.push(`${node.name} ${node.from}-${node.to}`);
      }
    },
  });
  return found;
}

describe('plainMarkdownWithFrontMatter', () => {
  const docs = [
    '---\ntitle: Uno\n---\nCuerpo *con* énfasis.\n',
    '---\ntitle: Uno\n---',
    '--- \ntitle: Uno\n---\nCuerpo\n',
    '---\ntitle: Uno\n--- \nCuerpo\n',
    '---\ntitle: Uno\n...\nCuerpo\n',
    '---\ntitle: Uno\nsin cierre\n',
    '\n---\ntitle: Uno\n---\nCuerpo\n',
    '---\n---\nCuerpo\n',
    '---\na: 1\n----\nb\n---\nc',
    'Sin front matter\n---\n',
    '',
  ];

  it('finds the front matter and its fences where the full language (with the YAML grammar) does', () => {
    for (const doc of docs) {
      const full = frontMatterOf(doc, markdownWithFrontMatter());
      const plain = frontMatterOf(doc, plainMarkdownWithFrontMatter());
      expect(plain, JSON.stringify(doc)).toEqual(full);
    }
  });

  it('reads the body after the front matter as Markdown', () => {
    const state = EditorState.create({
      doc: '---\ntitle: "*no*"\n---\nCuerpo *con* énfasis.\n',
      extensions: plainMarkdownWithFrontMatter(),
    });
    const names: string[] = [];
    ensureSyntaxTree(state, state.doc.length, 10_000)?.iterate({
      enter: (node) => void names.push(node.name),
    });
    expect(names.filter((n) => n === 'Emphasis')).toHaveLength(1);
  });
});
