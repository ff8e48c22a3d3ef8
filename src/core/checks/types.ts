/** What a check finds, and what the checks know about the site (see `site-facts.ts`). */
import type { TextEdit } from '../post';

/** How much a finding matters: errors block export and publishing, warnings and tips do not. */
export type Severity = 'error' | 'warning' | 'tip';

/** The kinds of findings; each is worded by the UI under `checks.<id>`. */
export type CheckId =
  | 'title-cut'
  | 'intro-cut'
  | 'image-alt'
  | 'header-caption'
  | 'image-large'
  | 'http-media'
  | 'link-empty'
  | 'link-vague'
  | 'post-url-missing'
  | 'link-missing-file'
  | 'reference-undefined'
  | 'heading-skip'
  | 'heading-h1'
  | 'date-future'
  | 'date-filename'
  | 'date-offset'
  | 'yaml'
  | 'liquid'
  | 'layout-unknown'
  | 'category-new'
  | 'duplicate-name'
  | 'duplicate-slug'
  | 'duplicate-title';

/** One problem found in a post, at an offset of its text (line 1-based). */
export interface Finding {
  id: CheckId;
  severity: Severity;
  /** The values the sentence names (a length, a URL, a link's text…). */
  params: Record<string, string | number>;
  /** UTF-16 offset into the post's text where the problem starts. */
  from: number;
  line: number;
  /** The one edit that fixes it, when it is obvious (e.g. the caption as the image's alt). */
  fix?: TextEdit;
}

/** Another post of the site, as the duplicate and link checks know it. */
export interface SitePost {
  /** Path relative to the site root (`_posts/2019-04-05-x.markdown`). */
  path: string;
  /** The file name without folders or extension (`2019-04-05-x`), as `post_url` names it. */
  name: string;
  /** The slug of the file name (`x`), or the name for a draft without a date. */
  slug: string;
  title: string;
}

/** What the checks need to know about the site the post belongs to. */
export interface SiteFacts {
  /** A title longer than this is cut by the post layout's `truncate`. */
  titleLimit: number;
  /** Characters of a cut title the layout shows (the limit less the ellipsis). */
  titleShown: number;
  /** The same for the intro on the home page card, or null when nothing cuts it. */
  introLimit: number | null;
  introShown: number | null;
  /** `url` of `_config.yml`, or '' when unknown. */
  url: string;
  /** `future: true` in `_config.yml`: Jekyll publishes posts dated in the future. */
  future: boolean;
  /** The names of `_layouts/*` (without extension), or null when unknown. */
  layouts: readonly string[] | null;
  /** The categories the site's posts use, or null when unknown. */
  categories: readonly string[] | null;
  /** The site's posts, or null when no site is known. */
  posts: readonly SitePost[] | null;
  /** Every file of the site (paths relative to its root), or null when unknown. */
  files: ReadonlySet<string> | null;
  /** The post layout prints the title as `<h1>`. */
  titleIsH1: boolean;
  /** Most of the other posts' dates carry a time-zone offset. */
  datesHaveOffset: boolean;
}
