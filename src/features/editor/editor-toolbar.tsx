import { memo } from 'react';
import type { EditorView } from '@codemirror/view';
import { redo, undo } from '@codemirror/commands';
import {
  Bold,
  Code,
  Heading1,
  Heading2,
  Heading3,
  Image,
  Italic,
  Link,
  List,
  ListOrdered,
  Minus,
  Redo2,
  SquareCode,
  Strikethrough,
  TextQuote,
  Undo2,
  type LucideIcon,
} from 'lucide-react';
import { useT } from '../../i18n/i18n';
import { isMessageKey } from '../../i18n/translate';
import type { TFunction } from '../../i18n/translate';
import { editorCommands } from './commands';
import type { EditorCommand } from './commands';
import { shortcutLabel } from './keymap';

interface EditorToolbarProps {
  viewRef: React.RefObject<EditorView | null>;
}

/** One icon set (Lucide) for every command on the toolbar. */
const icons: Record<string, LucideIcon> = {
  bold: Bold,
  italic: Italic,
  strikethrough: Strikethrough,
  'inline-code': Code,
  link: Link,
  'heading-1': Heading1,
  'heading-2': Heading2,
  'heading-3': Heading3,
  'bulleted-list': List,
  'numbered-list': ListOrdered,
  quote: TextQuote,
  'code-block': SquareCode,
  image: Image,
  'horizontal-rule': Minus,
};

/** Returns a command's name in the UI's language ('Bold', 'Negrita', 'Heading 2'). */
export function commandLabel(command: EditorCommand, t: TFunction): string {
  const heading = /^heading-(\d)$/.exec(command.id);
  if (heading) return t('cmd.heading', { level: heading[1] });
  const key = `cmd.${command.id}`;
  return isMessageKey(key) ? t(key) : command.label;
}

const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Returns the tooltip of a command: its name and, when it has one, its shortcut. */
const tipOf = (label: string, shortcut?: string) =>
  shortcut ? `${label} (${shortcutLabel(shortcut, mac)})` : label;

/**
 * Returns the formatting toolbar: one icon button per command, named by the command (its
 * accessible name is the whole of what it shows, the icon being decoration), with a tooltip
 * that gives the name and shortcut; each runs its command on the editor's selections.
 */
export const EditorToolbar = memo(function EditorToolbar({ viewRef }: EditorToolbarProps) {
  const t = useT();
  const run = (command: (view: EditorView) => boolean) => {
    const view = viewRef.current;
    if (!view) return;
    command(view);
    view.focus();
  };
  const history: [string, string, LucideIcon, (view: EditorView) => boolean][] = [
    [t('editor.undo'), 'Mod-z', Undo2, undo],
    [t('editor.redo'), 'Mod-Shift-z', Redo2, redo],
  ];
  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('editor.formatting')}>
      {history.map(([label, keys, Icon, command]) => (
        <button
          key={keys}
          type="button"
          className="icon-button"
          aria-label={label}
          data-tip={tipOf(label, keys)}
          onClick={() => run(command)}
        >
          <Icon size={16} aria-hidden />
        </button>
      ))}
      <span className="toolbar-sep" aria-hidden="true" />
      {editorCommands
        .filter((c) => !/^heading-[456]$/.test(c.id))
        .map((c) => {
          const label = commandLabel(c, t);
          const Icon = icons[c.id];
          return (
            <button
              key={c.id}
              type="button"
              className={`icon-button cmd cmd-${c.id}`}
              aria-label={label}
              aria-keyshortcuts={c.shortcut
                ?.replace('Mod', mac ? 'Meta' : 'Control')
                .replace(/-/g, '+')}
              data-tip={tipOf(label, c.shortcut)}
              onMouseDown={(e) => e.preventDefault()}
              // The view itself: a command whose code is still loading reads its state when it runs.
              onClick={() => run((view) => c.run(view))}
            >
              {Icon ? <Icon size={16} aria-hidden /> : label}
            </button>
          );
        })}
    </div>
  );
});
