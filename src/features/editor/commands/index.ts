/**
 * The editor's Markdown formatting commands, listed for a toolbar and a keymap. Each `run` is a
 * StateCommand: it works on an EditorState alone, so it runs (and is tested) without a view.
 */
import type { StateCommand } from '@codemirror/state';
import { inlineCommand } from './inline-loader';

export { loadInline } from './inline-loader';

/** One formatting command: a stable id, an English label (to translate), a key and its run. */
export interface EditorCommand {
  id: string;
  label: string;
  /** CodeMirror key name ('Mod-b'), or undefined when the command has no shortcut. */
  shortcut?: string;
  run: StateCommand;
}

const headings: EditorCommand[] = [1, 2, 3, 4, 5, 6].map((level) => ({
  id: `heading-${level}`,
  label: `Heading ${level}`,
  shortcut: `Mod-Alt-${level}`,
  run: inlineCommand((m) => m.toggleHeading(level)),
}));

const toggleBold = inlineCommand((m) => m.toggleBold);
const toggleItalic = inlineCommand((m) => m.toggleItalic);
const toggleStrikethrough = inlineCommand((m) => m.toggleStrikethrough);
const toggleInlineCode = inlineCommand((m) => m.toggleInlineCode);
const toggleLink = inlineCommand((m) => m.toggleLink);
const toggleBulletList = inlineCommand((m) => m.toggleBulletList);
const toggleNumberedList = inlineCommand((m) => m.toggleNumberedList);
const toggleQuote = inlineCommand((m) => m.toggleQuote);
const toggleCodeBlock = inlineCommand((m) => m.toggleCodeBlock);
const toggleImage = inlineCommand((m) => m.toggleImage);
const insertHorizontalRule = inlineCommand((m) => m.insertHorizontalRule);

/**
 * The formatting commands in toolbar order. Their code loads once the editor shows the post,
 * with the inline tools, or on first use if it has not loaded yet (commands/inline-loader.ts).
 */
export const editorCommands: readonly EditorCommand[] = [
  { id: 'bold', label: 'Bold', shortcut: 'Mod-b', run: toggleBold },
  { id: 'italic', label: 'Italic', shortcut: 'Mod-i', run: toggleItalic },
  {
    id: 'strikethrough',
    label: 'Strikethrough',
    shortcut: 'Mod-Shift-x',
    run: toggleStrikethrough,
  },
  { id: 'inline-code', label: 'Inline code', shortcut: 'Mod-e', run: toggleInlineCode },
  { id: 'link', label: 'Link', shortcut: 'Mod-k', run: toggleLink },
  ...headings,
  { id: 'bulleted-list', label: 'Bulleted list', shortcut: 'Mod-Shift-8', run: toggleBulletList },
  { id: 'numbered-list', label: 'Numbered list', shortcut: 'Mod-Shift-7', run: toggleNumberedList },
  { id: 'quote', label: 'Quote', shortcut: 'Mod-Shift-9', run: toggleQuote },
  { id: 'code-block', label: 'Code block', shortcut: 'Mod-Alt-c', run: toggleCodeBlock },
  // No shortcut: Ctrl+Shift+I opens the browser's developer tools.
  { id: 'image', label: 'Image', run: toggleImage },
  { id: 'horizontal-rule', label: 'Horizontal rule', run: insertHorizontalRule },
];

/** Returns the keymap entries (`{ key, run }`) of the commands that have a shortcut. */
export function formattingKeyBindings(): { key: string; run: StateCommand }[] {
  return editorCommands.flatMap((c) => (c.shortcut ? [{ key: c.shortcut, run: c.run }] : []));
}
