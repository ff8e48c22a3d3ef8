/**
 * Builds the post layout's header and the home page's card inside the preview frame, from a
 * {@link PostLayoutModel}. Every value goes in through `textContent` or `setAttribute` on nodes
 * of the frame's document — never as HTML — and image URLs were already vetted by safeUrl.
 * Pluma's own notes in it (a refused image, a cut title) are in the UI's current language.
 */
import { translate } from '../../i18n/lang-store';
import type { MessageKey } from '../../i18n/messages-en';
import type { CutText, LayoutImage, PostLayoutModel } from './layout-model';

type Children = (Node | string | null)[];

/** Returns a new element of `doc` with the given attributes and children (strings as text). */
function el(doc: Document, tag: string, attrs: Record<string, string>, ...children: Children) {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) {
    if (child !== null) node.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return node;
}

/** Returns the cut text as nodes: the kept part, then the ellipsis marked as a cut. */
function cutNodes(doc: Document, text: CutText, what: MessageKey): Children {
  if (!text.cut) return [text.full];
  const mark = el(doc, 'span', { class: 'pluma-cut', title: translate(what) }, text.ellipsis);
  return [text.kept, mark];
}

/** Returns an `<img>` for a vetted URL, or a note showing the refused URL. */
function image(doc: Document, img: LayoutImage, alt: string): Element {
  if (img.src) return el(doc, 'img', { src: img.src, alt, title: alt, loading: 'lazy' });
  const label = img.written
    ? translate('layout.imageRefused', { url: img.written })
    : translate('layout.noImage');
  return el(doc, 'div', { class: 'pluma-note' }, label);
}

/** Returns the layout's `<figure>`: one image, a CSS-only slideshow, or the video's placeholder. */
function figure(doc: Document, model: PostLayoutModel): Element | null {
  const alt = model.title.full;
  if (model.images.length === 1) {
    const [img] = model.images;
    return el(
      doc,
      'figure',
      { class: 'pluma-figure' },
      image(doc, img, alt),
      el(doc, 'figcaption', {}, img.caption),
    );
  }
  if (model.images.length >= 2) {
    const total = model.images.length;
    const slides = model.images.map((img, i) =>
      el(
        doc,
        'figure',
        { class: 'pluma-slide', 'aria-label': translate('layout.slide', { n: i + 1, total }) },
        el(doc, 'span', { class: 'pluma-slide-count' }, `${i + 1} / ${total}`),
        image(doc, img, alt),
        el(doc, 'div', { class: 'pluma-slide-caption' }, img.caption),
      ),
    );
    return el(doc, 'div', { class: 'pluma-figure pluma-slides' }, ...slides);
  }
  if (!model.video) return null;
  const { written, youtubeId } = model.video;
  const note = el(
    doc,
    'div',
    { class: 'pluma-note pluma-video' },
    translate('layout.video', { url: written }),
  );
  if (youtubeId) {
    const thumb = el(doc, 'img', {
      src: `https://i.ytimg.com/vi/${youtubeId}/hqdefault.jpg`,
      alt: translate('layout.videoThumb'),
    });
    note.append(el(doc, 'a', { href: `https://www.youtube.com/watch?v=${youtubeId}` }, thumb));
  }
  return note;
}

/** Returns the post page's header (category, title, date) followed by its figure. */
export function buildPostHeader(doc: Document, model: PostLayoutModel): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  if (model.category) {
    fragment.append(el(doc, 'span', { class: 'pluma-label' }, model.category));
  }
  const title = el(
    doc,
    'h1',
    { class: 'pluma-title page-header' },
    ...cutNodes(doc, model.title, 'layout.titleCut'),
  );
  if (model.title.cut) title.setAttribute('title', model.title.full);
  fragment.append(title);
  if (model.date) {
    const time = el(doc, 'time', { datetime: model.dateWritten ?? '' }, model.date);
    fragment.append(el(doc, 'p', { class: 'pluma-date' }, time));
  }
  const fig = figure(doc, model);
  if (fig) fragment.append(fig);
  return fragment;
}

/** Returns the post's card as the home page lists it: image, title, intro cut to 112, date. */
export function buildPostCard(doc: Document, model: PostLayoutModel): Element {
  const first = model.images[0];
  const text = el(
    doc,
    'div',
    { class: 'pluma-card-text' },
    model.category ? el(doc, 'span', { class: 'pluma-label' }, model.category) : null,
    el(doc, 'h2', {}, model.title.full),
    el(doc, 'p', { class: 'pluma-card-intro' }, ...cutNodes(doc, model.intro, 'layout.introCut')),
    model.date ? el(doc, 'p', { class: 'pluma-date' }, model.date) : null,
  );
  const card = el(doc, 'div', { class: 'pluma-card' });
  if (first) card.append(image(doc, first, model.title.full));
  card.append(text);
  return card;
}
