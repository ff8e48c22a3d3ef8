import type { EditorView } from '@codemirror/view';
import { redo, undo } from '@codemirror/commands';
import { editorCommands } from './commands';
import { shortcutLabel } from './keymap';

interface EditorToolbarProps {
  viewRef: React.RefObject<EditorView | null>;
}

const glyphs: Record<string, string> = {
  bold: 'B',
  italic: 'I',
  strikethrough: 'S',
  'inline-code': '</>',
  link: 'Link',
  'bulleted-list': '• List',
  'numbered-list': '1. List',
  quote: '❝',
  'code-block': '{ }',
  image: 'Image',
  'horizontal-rule': '―',
};

const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Returns the formatting toolbar; each button runs its command on the editor's selections. */
export function EditorToolbar({ viewRef }: EditorToolbarProps) {
  const run = (command: (view: EditorView) => boolean) => {
    const view = viewRef.current;
    if (!view) return;
    command(view);
    view.focus();
  };
  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Formatting">
      <button type="button" onClick={() => run(undo)} title={shortcutLabel('Mod-z', mac)}>
        Undo
      </button>
      <button type="button" onClick={() => run(redo)} title={shortcutLabel('Mod-Shift-z', mac)}>
        Redo
      </button>
      <span className="toolbar-sep" aria-hidden="true" />
      {editorCommands
        .filter((c) => !/^heading-[456]$/.test(c.id))
        .map((c) => (
          <button
            key={c.id}
            type="button"
            className={`cmd cmd-${c.id}`}
            aria-label={c.label}
            aria-keyshortcuts={c.shortcut
              ?.replace('Mod', mac ? 'Meta' : 'Control')
              .replace(/-/g, '+')}
            title={c.shortcut ? `${c.label} (${shortcutLabel(c.shortcut, mac)})` : c.label}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => run((view) => c.run({ state: view.state, dispatch: view.dispatch }))}
          >
            {glyphs[c.id] ?? c.label.replace('Heading ', 'H')}
          </button>
        ))}
    </div>
  );
}
