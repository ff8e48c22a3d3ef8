/** An editor state whose syntax tree reaches a given position. */
import { ensureSyntaxTree, syntaxTree } from '@codemirror/language';
import type { EditorState } from '@codemirror/state';

/**
 * Returns `state`, or the same state with its syntax tree parsed up to `pos` (working at most
 * `budgetMs`) when it was not: commands that read the state's tree (CodeMirror's Enter in a
 * list) would otherwise see none where the background parse has not come yet, as in the middle
 * of a 50,000-word post just opened. Unchanged when the budget runs out first.
 */
export function parsedUpTo(state: EditorState, pos: number, budgetMs: number): EditorState {
  const tree = ensureSyntaxTree(state, pos, budgetMs);
  // An empty update makes the language field take the tree its parse has reached.
  return tree && tree !== syntaxTree(state) ? state.update({}).state : state;
}
