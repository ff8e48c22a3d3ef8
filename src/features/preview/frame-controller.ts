/**
 * Drives the preview frame's document from the parent page: the frame has no script of its own
 * (sandbox without allow-scripts), so everything — blocks, layout, stylesheet, link clicks,
 * scroll reports — is done here. Mutable: it holds the last state and replays it when the frame
 * document is (re)attached.
 */
import { createBlockPatcher, type BlockPatcher } from './block-patcher';
import { resolveImages, type ImageResolver } from './frame-images';
import type { PostLayoutModel } from './layout-model';
import { morphChildren } from './morph';
import { localizeRefusals } from './refusals';
import { buildPostCard, buildPostHeader } from './post-layout';
import type { PreviewView } from './preview-settings';
import { blockIndexAtOffset, type PreviewScrollTarget } from './scroll-sync';
import { cleanStylesheet, isStylesheetUrl, type StylesheetSource } from './stylesheet';
import { prepareSiteCard, prepareSitePage, type SiteUrls } from './frame-site';
import type { PreviewBlock } from '../../core/render/worker-protocol';
import { previewShown } from '../../state/after-editor';

/** The site's own page for the post (see frame-site.ts), or its card. */
export interface SiteFrame {
  /** The page with its content mark; null shows the built-in layout (a Liquid error). */
  html: string | null;
  card: string | null;
  urls: SiteUrls;
  /** The sentence that stands for an embedded frame (which the preview does not load). */
  frameNote: (src: string) => string;
  /** Told when one of the site's stylesheets does not compile. */
  onStyleError: (path: string, message: string) => void;
}

interface FrameState {
  blocks: readonly PreviewBlock[];
  bodyFrom: number;
  model: PostLayoutModel | null;
  view: PreviewView;
  stylesheet: StylesheetSource;
  site: SiteFrame | null;
}

/** Opens an http(s) link from the preview in a new tab, cut off from the app. */
function openExternal(href: string, win: Window): void {
  if (/^https?:/i.test(href)) win.open(href, '_blank', 'noopener,noreferrer');
}

export class FrameController implements PreviewScrollTarget {
  private doc: Document | null = null;
  private patcher: BlockPatcher | null = null;
  private detachListeners: (() => void) | null = null;
  private state: FrameState = {
    blocks: [],
    bodyFrom: 0,
    model: null,
    view: 'post',
    stylesheet: { kind: 'none' },
    site: null,
  };
  private renderedModel = '';
  private renderedStyles = '';
  private resolveImage: ImageResolver | null = null;
  private scrollFrame = 0;
  /** Where `scrollToOffset` last put the frame: a scroll event there is not the person's. */
  private ownScrollTop: number | null = null;
  /** Blocks of a render have been given (the first render may come before the frame loads). */
  private rendered = false;

  private onUserScroll: ((offset: number) => void) | null = null;

  /**
   * Calls `listener` with the top block's source offset when the person scrolls the frame;
   * returns the function that stops it.
   */
  setScrollListener(listener: (offset: number) => void): () => void {
    this.onUserScroll = listener;
    return () => {
      if (this.onUserScroll === listener) this.onUserScroll = null;
    };
  }

  /** Attaches to the frame's (skeleton) document and replays the current state into it. */
  attach(doc: Document): void {
    this.detach();
    const body = doc.getElementById('pluma-body');
    if (!body) return;
    this.doc = doc;
    this.patcher = createBlockPatcher(body, (node) => {
      resolveImages(node, this.resolveImage);
      localizeRefusals(node);
    });
    this.renderedModel = '';
    this.renderedStyles = '';
    this.detachListeners = this.listen(doc);
    this.applyStylesheet();
    this.applyModel();
    this.applySite();
    this.applyView();
    this.patcher.patch(this.state.blocks);
    if (this.rendered) previewShown();
  }

  /** Whether `doc` is the frame document this controller drives now. */
  drives(doc: Document): boolean {
    return this.doc === doc;
  }

  /** Forgets the frame document (it is being replaced or unmounted). */
  detach(): void {
    this.detachListeners?.();
    this.detachListeners = null;
    this.doc = null;
    this.patcher = null;
  }

  /** Shows `blocks` (offsets relative to the body, which starts at `bodyFrom` in the text). */
  setBlocks(blocks: readonly PreviewBlock[], bodyFrom: number): void {
    this.state = { ...this.state, blocks, bodyFrom };
    this.rendered = true;
    if (!this.patcher) return;
    this.patcher.patch(blocks);
    previewShown();
  }

  /** Shows the post's header and card from `model`; rebuilt only when the model changed. */
  setModel(model: PostLayoutModel): void {
    this.state = { ...this.state, model };
    this.applyModel();
  }

  /**
   * Shows the post in the site's own page (null: in the built-in layout). The body's blocks
   * stay where they are patched; only the page around them is synced.
   */
  setSite(site: SiteFrame | null): void {
    this.state = { ...this.state, site };
    this.applySite();
    this.applyView();
  }

  /** Switches between the post page and the home page's card. */
  setView(view: PreviewView): void {
    this.state = { ...this.state, view };
    this.applyView();
  }

  /** Loads the blog's stylesheet (or none) into the frame only. */
  setStylesheet(stylesheet: StylesheetSource): void {
    this.state = { ...this.state, stylesheet };
    this.applyStylesheet();
  }

  /**
   * Shows a draft's stored images: every `img` whose source `resolve` maps to a URL shows that
   * URL instead (see frame-images.ts); null shows sources as written.
   */
  setImageResolver(resolve: ImageResolver | null): void {
    this.resolveImage = resolve;
    if (this.doc) resolveImages(this.doc.body, resolve);
  }

  /** Scrolls the block containing `offset` (in the full text) to the top of the frame. */
  scrollToOffset(offset: number): void {
    const scroller = this.doc?.scrollingElement;
    const elements = this.patcher?.elements() ?? [];
    if (!scroller) return;
    if (offset < this.state.bodyFrom || elements.length === 0) {
      scroller.scrollTop = 0;
      return;
    }
    const { blocks, bodyFrom } = this.state;
    // The blocks' offsets are the body's: the offset moves instead of every block.
    const target = elements[blockIndexAtOffset(blocks, offset - bodyFrom)];
    scroller.scrollTop = target.getBoundingClientRect().top + scroller.scrollTop;
    this.ownScrollTop = scroller.scrollTop;
  }

  /** Returns the source offset of the block at the top of the frame (0 above the body). */
  topOffset(): number {
    const elements = this.patcher?.elements() ?? [];
    if (this.state.view !== 'post') return 0;
    let lo = 0;
    let hi = elements.length;
    // First block whose bottom is below the frame's top edge.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (elements[mid].getBoundingClientRect().bottom <= 1) lo = mid + 1;
      else hi = mid;
    }
    const first = elements[lo];
    if (!first || (lo === 0 && first.getBoundingClientRect().top > 1)) return 0;
    const block = this.state.blocks[lo];
    return block ? this.state.bodyFrom + block.from : 0;
  }

  private listen(doc: Document): () => void {
    const win = doc.defaultView;
    const parentWin = window;
    const onClick = (event: MouseEvent) => {
      // The target lives in the frame's realm, so `instanceof Element` would be false here.
      const target = event.target as Partial<Element> | null;
      const link = typeof target?.closest === 'function' ? target.closest('a[href]') : null;
      if (!link) return;
      event.preventDefault();
      const href = link.getAttribute('href') ?? '';
      if (href.startsWith('#')) {
        doc.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView();
        return;
      }
      openExternal((link as HTMLAnchorElement).href, parentWin);
    };
    // Forms cannot submit in the sandbox; stop the attempt quietly all the same.
    const onSubmit = (event: Event) => event.preventDefault();
    const onScroll = () => {
      if (this.scrollFrame) return;
      this.scrollFrame = parentWin.requestAnimationFrame(() => {
        this.scrollFrame = 0;
        // Where our own scrolling put the frame, nothing is reported (nor measured). Other
        // echoes of our own scrolling are the scroll sync's to ignore (scroll-sync.ts).
        const top = doc.scrollingElement?.scrollTop ?? null;
        if (top !== null && top === this.ownScrollTop) return;
        this.ownScrollTop = null;
        this.onUserScroll?.(this.topOffset());
      });
    };
    doc.addEventListener('click', onClick, true);
    doc.addEventListener('auxclick', onClick, true);
    doc.addEventListener('submit', onSubmit, true);
    win?.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('auxclick', onClick, true);
      doc.removeEventListener('submit', onSubmit, true);
      win?.removeEventListener('scroll', onScroll);
      if (this.scrollFrame) parentWin.cancelAnimationFrame(this.scrollFrame);
      this.scrollFrame = 0;
    };
  }

  private applyModel(): void {
    const { doc } = this;
    const { model } = this.state;
    if (!doc || !model) return;
    const key = JSON.stringify(model);
    if (key === this.renderedModel) return;
    this.renderedModel = key;
    // Built afresh, then synced in: only what changed is touched, so images do not reload.
    const header = buildPostHeader(doc, model);
    const card = doc.createDocumentFragment();
    card.append(buildPostCard(doc, model));
    for (const [id, fresh] of [
      ['pluma-header', header],
      ['pluma-card', card],
    ] as const) {
      resolveImages(fresh, this.resolveImage);
      const target = doc.getElementById(id);
      if (target) morphChildren(target, fresh);
    }
  }

  private applyView(): void {
    const doc = this.doc;
    const post = doc?.getElementById('pluma-post');
    const card = doc?.getElementById('pluma-card');
    const root = doc?.getElementById('pluma-root');
    const sitePage = doc?.getElementById('pluma-site');
    const siteCard = doc?.getElementById('pluma-site-card');
    if (!post || !card || !root || !sitePage || !siteCard) return;
    const { view, site } = this.state;
    const page = site?.html != null;
    const ownCard = site?.card != null;
    post.hidden = view !== 'post';
    card.hidden = view !== 'card';
    sitePage.hidden = !(page && view === 'post');
    siteCard.hidden = !(ownCard && view === 'card');
    root.hidden = (view === 'post' && page) || (view === 'card' && ownCard);
  }

  /** Syncs the site's page and card into the frame, or takes them out. */
  private applySite(): void {
    const doc = this.doc;
    const body = doc?.getElementById('pluma-body');
    const post = doc?.getElementById('pluma-post');
    const sitePage = doc?.getElementById('pluma-site');
    const siteCard = doc?.getElementById('pluma-site-card');
    const look = doc?.getElementById('pluma-default');
    if (!doc || !body || !post || !sitePage || !siteCard || !look) return;
    const { site } = this.state;
    // The blocks wait in the built-in layout while the page around them is synced.
    if (body.parentElement !== post) post.append(body);
    if (!site?.html) {
      sitePage.replaceChildren();
      this.syncSiteStyles(doc, []);
      look.removeAttribute('media');
      doc.body.removeAttribute('class');
    } else {
      const page = prepareSitePage(site.html, site.urls, site.frameNote);
      this.syncSiteStyles(doc, page.styles);
      look.setAttribute('media', 'not all');
      morphChildren(sitePage, doc.importNode(page.body, true));
      resolveImages(sitePage, this.resolveImage);
      sitePage.querySelector('[data-pluma-content]')?.append(body);
      if (page.bodyClass) doc.body.setAttribute('class', page.bodyClass);
      else doc.body.removeAttribute('class');
    }
    if (site?.card) {
      morphChildren(
        siteCard,
        doc.importNode(prepareSiteCard(site.card, site.urls, site.frameNote), true),
      );
      resolveImages(siteCard, this.resolveImage);
    } else siteCard.replaceChildren();
  }

  /** Puts the page's stylesheets in the frame's head (only when they changed: no flash). */
  private syncSiteStyles(doc: Document, styles: readonly Element[]): void {
    const key = styles.map((el) => el.outerHTML).join('\n');
    if (key === this.renderedStyles) return;
    this.renderedStyles = key;
    for (const old of doc.head.querySelectorAll('[data-pluma-site]')) old.remove();
    const before = doc.getElementById('pluma-user-style');
    for (const style of styles) {
      const node = doc.importNode(style, true) as Element;
      node.setAttribute('data-pluma-site', '');
      doc.head.insertBefore(node, before);
      const path = node.getAttribute('data-pluma-site-css');
      const css = path ? this.state.site?.urls.stylesheet(path) : null;
      void css?.then(
        (text) => {
          if (node.isConnected) node.textContent = text;
        },
        // A stylesheet that does not compile leaves the page unstyled by it; the pane says why.
        (error: unknown) =>
          this.state.site?.onStyleError(
            path ?? '',
            error instanceof Error ? error.message : String(error),
          ),
      );
    }
  }

  private applyStylesheet(): void {
    const { doc } = this;
    if (!doc) return;
    const style = doc.getElementById('pluma-user-style');
    const old = doc.getElementById('pluma-user-link');
    const source = this.state.stylesheet;
    if (style) style.textContent = source.kind === 'file' ? cleanStylesheet(source.css) : '';
    const url = source.kind === 'url' && isStylesheetUrl(source.url) ? source.url.trim() : null;
    if (old?.getAttribute('href') === url) return;
    old?.remove();
    if (!url) return;
    const link = doc.createElement('link');
    link.id = 'pluma-user-link';
    link.rel = 'stylesheet';
    link.setAttribute('href', url);
    // Before the file <style>, after the defaults: the blog's rules override Pluma's.
    doc.head.insertBefore(link, style);
  }
}
