/**
 * What the blog's post layout and home-page card show of a post, derived from its front matter
 * as plain data. Pure: the frame builds DOM nodes from this model (see post-layout.ts).
 */
import { scalarText } from '../../core/post-data';
import { TITLE_SHOWN_LENGTH } from '../../core/schema';
import { dateText, formatSpanishDate } from '../../core/dates';
import { resolveOptions } from '../../core/render/options';
import { safeUrl } from './safe-url';

/** Text cut the way Liquid's `truncate` filter cuts it. */
export interface CutText {
  /** The kept text, without the ellipsis. */
  kept: string;
  /** The ellipsis Liquid appends ('...'), or '' when nothing was cut. */
  ellipsis: string;
  full: string;
  cut: boolean;
}

export interface LayoutImage {
  /** The URL to load, or null when the written one was refused (unsafe scheme). */
  src: string | null;
  /** The URL as written, shown when it is refused. */
  written: string;
  caption: string;
}

export interface LayoutVideo {
  written: string;
  /** The YouTube id, when the value is one or is a YouTube URL. */
  youtubeId: string | null;
}

export interface PostLayoutModel {
  title: CutText;
  /** The date as the blog prints it ("3 de Junio, 2016"), or null. */
  date: string | null;
  /** The date as written, for the `datetime` attribute. */
  dateWritten: string | null;
  category: string | null;
  images: LayoutImage[];
  video: LayoutVideo | null;
  /** The intro cut as the home page's post cards cut it (112). */
  intro: CutText;
}

export const INTRO_LENGTH = 112;

/**
 * Returns `text` cut as Liquid's `truncate: length` does: unchanged when it fits, else the first
 * `length - 3` characters (code points) followed by '...'.
 */
export function truncateLiquid(text: string, length: number): CutText {
  const chars = Array.from(text);
  if (chars.length <= length) return { kept: text, ellipsis: '', full: text, cut: false };
  return {
    kept: chars.slice(0, Math.max(0, length - 3)).join(''),
    ellipsis: '...',
    full: text,
    cut: true,
  };
}

/** Returns the YouTube id in a bare id or a youtube.com / youtu.be URL, or null. */
export function youtubeId(text: string): string | null {
  const t = text.trim();
  if (/^[\w-]{11}$/.test(t)) return t;
  const m =
    /^(?:https?:)?\/\/(?:www\.|m\.)?(?:youtube(?:-nocookie)?\.com\/(?:watch\?(?:.*&)?v=|embed\/|shorts\/)|youtu\.be\/)([\w-]{11})(?:[?&#/]|$)/.exec(
      t,
    );
  return m ? m[1] : null;
}

/** Returns the entries of `single_image` (a list of `{img, caption}`; a lone map counts as one). */
function imagesOf(value: unknown, siteUrl: string): LayoutImage[] {
  const list = Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : [];
  return list.map((entry: unknown) => {
    const item = entry && typeof entry === 'object' ? (entry as Record<string, unknown>) : {};
    const written = scalarText(typeof entry === 'string' ? entry : item.img).trim();
    return { src: safeUrl(written, siteUrl), written, caption: scalarText(item.caption) };
  });
}

/**
 * Returns the layout model of a post from its front matter (`lang` picks the month names;
 * relative image URLs resolve against `siteUrl`, or the blog's address when it is empty).
 */
export function buildPostLayoutModel(
  data: Readonly<Record<string, unknown>>,
  options: { lang: 'es' | 'en'; siteUrl: string },
): PostLayoutModel {
  const dateWritten = dateText(data.date);
  const category = scalarText(data.category).trim() || null;
  const video = scalarText(data.video).trim();
  return {
    title: truncateLiquid(scalarText(data.title), TITLE_SHOWN_LENGTH),
    date: dateWritten ? formatSpanishDate(dateWritten, options.lang) : null,
    dateWritten,
    category,
    images: imagesOf(data.single_image, resolveOptions({ siteUrl: options.siteUrl }).siteUrl),
    video: video ? { written: video, youtubeId: youtubeId(video) } : null,
    intro: truncateLiquid(scalarText(data.intro), INTRO_LENGTH),
  };
}
