/** The drafts list's title and filename of a post, read cheaply from its front matter. */
import { splitFrontMatter } from '../../core/front-matter';
import { parsePost } from '../../core/post';
import { postFilename } from '../../core/filename';

/** What the drafts list shows of a post besides its text. */
export interface PostMeta {
  /** The front matter's title, trimmed; '' when there is none. */
  title: string;
  /** The export filename (`2016-06-03-slug.md`). */
  filename: string;
}

/** Returns the title and filename of the post `text` (parses the whole front matter). */
export function postMetaOf(text: string): PostMeta {
  const { data } = parsePost(frontMatterOf(text));
  const title = typeof data.title === 'string' ? data.title.trim() : '';
  return { title, filename: postFilename(data).name };
}

/**
 * Returns a reader of `postMetaOf` that parses only when the front-matter block changed since
 * its last call: typing in the body (the common case) costs one scan for the closing fence.
 */
export function createPostMetaReader(): (text: string) => PostMeta {
  let lastBlock: string | null = null;
  let last: PostMeta = { title: '', filename: '' };
  return (text) => {
    const block = frontMatterOf(text);
    if (block !== lastBlock) {
      lastBlock = block;
      last = postMetaOf(block);
    }
    return last;
  };
}

/** Returns the text's front-matter block (BOM and fences included), or '' without one. */
function frontMatterOf(text: string): string {
  const { block } = splitFrontMatter(text);
  return block ? text.slice(0, block.frontMatter.to) : '';
}
