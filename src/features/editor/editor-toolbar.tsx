import type { EditorView } from '@codemirror/view';
import { redo, undo } from '@codemirror/commands';
import { useT } from '../../i18n/i18n';
import { isMessageKey } from '../../i18n/translate';
import type { TFunction } from '../../i18n/translate';
import { editorCommands } from './commands';
import type { EditorCommand } from './commands';
import { shortcutLabel } from './keymap';

interface EditorToolbarProps {
  viewRef: React.RefObject<EditorView | null>;
}

// Symbols read the same in every language; the words among them are messages.
const glyphs: Record<string, string> = {
  bold: 'B',
  italic: 'I',
  strikethrough: 'S',
  'inline-code': '</>',
  link: 'glyph.link',
  'bulleted-list': 'glyph.bulleted-list',
  'numbered-list': 'glyph.numbered-list',
  quote: '❝',
  'code-block': '{ }',
  image: 'glyph.image',
  'horizontal-rule': '―',
};

/** Returns a command's name in the UI's language ('Bold', 'Negrita', 'Heading 2'). */
export function commandLabel(command: EditorCommand, t: TFunction): string {
  const heading = /^heading-(\d)$/.exec(command.id);
  if (heading) return t('cmd.heading', { level: heading[1] });
  const key = `cmd.${command.id}`;
  return isMessageKey(key) ? t(key) : command.label;
}

/** Returns the text on a command's button: its symbol, or its short name. */
function glyphOf(command: EditorCommand, label: string, t: TFunction): string {
  const glyph = glyphs[command.id];
  if (glyph === undefined)
    return command.id.startsWith('heading-') ? `H${command.id.slice(8)}` : label;
  return isMessageKey(glyph) ? t(glyph) : glyph;
}

/**
 * Returns a button's accessible name: its command's name, led by the text the button shows when
 * the name does not already contain it ("H1 Heading 1", "B Negrita"), so that a person using
 * voice control can say what they see (WCAG 2.5.3, Label in Name). Pure symbols (❝, { }) are
 * not words anybody says and are left out.
 */
export function buttonName(shown: string, label: string): string {
  const words = shown.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (!words || label.toLowerCase().includes(shown.toLowerCase())) return label;
  return `${shown} ${label}`;
}

const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Returns the formatting toolbar; each button runs its command on the editor's selections. */
export function EditorToolbar({ viewRef }: EditorToolbarProps) {
  const t = useT();
  const run = (command: (view: EditorView) => boolean) => {
    const view = viewRef.current;
    if (!view) return;
    command(view);
    view.focus();
  };
  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('editor.formatting')}>
      <button type="button" onClick={() => run(undo)} title={shortcutLabel('Mod-z', mac)}>
        {t('editor.undo')}
      </button>
      <button type="button" onClick={() => run(redo)} title={shortcutLabel('Mod-Shift-z', mac)}>
        {t('editor.redo')}
      </button>
      <span className="toolbar-sep" aria-hidden="true" />
      {editorCommands
        .filter((c) => !/^heading-[456]$/.test(c.id))
        .map((c) => {
          const label = commandLabel(c, t);
          return { c, label, shown: glyphOf(c, label, t) };
        })
        .map(({ c, label, shown }) => (
          <button
            key={c.id}
            type="button"
            className={`cmd cmd-${c.id}`}
            aria-label={buttonName(shown, label)}
            aria-keyshortcuts={c.shortcut
              ?.replace('Mod', mac ? 'Meta' : 'Control')
              .replace(/-/g, '+')}
            title={c.shortcut ? `${label} (${shortcutLabel(c.shortcut, mac)})` : label}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => run((view) => c.run({ state: view.state, dispatch: view.dispatch }))}
          >
            {shown}
          </button>
        ))}
    </div>
  );
}
