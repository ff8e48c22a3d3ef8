/**
 * The inline formatting commands (bold, italic, strikethrough, code) and the typing rules at span
 * edges read spans with remark's Markdown parser, which loads once the editor shows the post
 * (`loadInline`), not before; the other formatting commands (link, headings, lists…) come with
 * them. Until they are in, a formatting key or button loads them and then runs
 * on the editor's state of that moment; the typing rules join the editor (in `inlineSlot`) as
 * soon as it is in, with bracket closing (in `bracketSlot` and `bracketKeySlot`).
 */
import {
  Compartment,
  type EditorState,
  type StateCommand,
  type Transaction,
} from '@codemirror/state';

type Inline = typeof import('../inline-tools');

let loaded: Inline | null = null;
let loading: Promise<Inline> | null = null;

/** The editor's place for the typing rules at span edges (empty until they load). */
export const inlineSlot = new Compartment();
/** The editor's places for bracket closing and its Backspace (empty until they load). */
export const bracketSlot = new Compartment();
export const bracketKeySlot = new Compartment();

/** Returns the inline tools if they have loaded, else null. */
export function loadedInline(): Inline | null {
  return loaded;
}

/** Loads the inline tools (once) and returns them. */
export function loadInline(): Promise<Inline> {
  loading ??= import('../inline-tools').then((m) => (loaded = m));
  return loading;
}

/** What a command runs on: a view (whose `state` is always the current one) or a state. */
interface Target {
  readonly state: EditorState;
  dispatch: (tr: Transaction) => void;
}

/** Puts the typing rules and bracket closing in `target`'s slots, if it has empty ones. */
export function installInline(target: Target, inline: Inline): void {
  const current = inlineSlot.get(target.state);
  if (current === undefined || current === inline.inlineWriting) return;
  const effects = [inlineSlot.reconfigure(inline.inlineWriting)];
  if (bracketSlot.get(target.state) !== undefined) {
    effects.push(
      bracketSlot.reconfigure(inline.bracketClosing),
      bracketKeySlot.reconfigure(inline.bracketKeys),
    );
  }
  target.dispatch(target.state.update({ effects }));
}

/** Returns the command `pick` chooses from the inline tools, loading them first if needed. */
export function inlineCommand(pick: (inline: Inline) => StateCommand): StateCommand {
  return (target) => {
    if (loaded) return pick(loaded)(target);
    void loadInline().then((inline) => {
      installInline(target, inline);
      pick(inline)(target);
    });
    return true;
  };
}
