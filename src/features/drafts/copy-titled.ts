/** The title of a copy of a draft (a conflict's "keep mine as a copy"). */
import { parsePost, serializePost, setField } from '../../core/post';

/**
 * Returns `text` with " (copy)" (`suffix`) added to its front-matter title, so that the copy and
 * the original tell apart in the drafts list; unchanged when it has no text title or the edit
 * cannot be made (broken YAML): the copy then keeps every byte.
 */
export function copyTitled(text: string, suffix: string): string {
  const post = parsePost(text);
  const title = post.data.title;
  if (typeof title !== 'string' || title.trim() === '' || post.errors.length > 0) return text;
  try {
    return serializePost(setField(post, ['title'], `${title} ${suffix}`));
  } catch {
    return text;
  }
}
