/**
 * The preview frame's fixed document. It holds no post content: the parent fills it through the
 * DOM. Its Content-Security-Policy repeats what the sandbox already enforces (no script, no
 * plugins, no forms, no nested frames) so that one mistake alone cannot open a hole.
 */

const CSP = [
  "default-src 'none'",
  "script-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
  'img-src http: https: data: blob:',
  'media-src http: https: data: blob:',
  "style-src http: https: 'unsafe-inline'",
  // blob: for the site's own images and fonts, served from its files (see frame-site.ts).
  'font-src http: https: data: blob:',
].join('; ');

/**
 * Pluma's own marks, in every layout: refused blocks, notes standing for what cannot be shown,
 * Liquid placeholders. Kept when the site's own layout and styles replace the default look.
 */
export const BASE_PREVIEW_CSS = `
.pluma-note { border: 2px dashed #bbb; border-radius: 6px; padding: 16px; color: #555;
  font: 15px/1.4 system-ui, sans-serif; margin: 0 0 1.5em; overflow-wrap: anywhere;
  background: #fafafa; }
.pluma-note img { display: block; max-width: 320px; margin-top: 8px; }
.pluma-refused { border: 2px dashed #c77700; border-radius: 6px; padding: 12px 16px;
  color: #7a4100; background: #fff8ec; font: 15px/1.4 system-ui, sans-serif; }
.pluma-block { overflow-wrap: break-word; }
.pluma-chunk { isolation: isolate; }
[hidden] { display: none !important; }
`;

/** The default look: close to a typical blog post; the blog's own stylesheet loads after it. */
export const DEFAULT_PREVIEW_CSS = `
html { background: #fff; color: #222; }
body { margin: 0; font: 18px/1.65 Georgia, 'Iowan Old Style', 'Times New Roman', serif; }
#pluma-root { max-width: 720px; margin: 0 auto; padding: 24px 20px 64px; }
h1, h2, h3, h4, h5, h6, .pluma-label, .pluma-date, figcaption, .pluma-card, .pluma-note {
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
}
h1 { font-size: 2rem; line-height: 1.2; margin: 0.2em 0 0.3em; }
h2 { font-size: 1.5rem; line-height: 1.25; margin: 1.6em 0 0.5em; }
h3 { font-size: 1.2rem; margin: 1.4em 0 0.4em; }
a { color: #1d4e89; }
img, video { max-width: 100%; height: auto; }
blockquote { margin: 1em 0; padding: 0 1em; border-left: 4px solid #d0d7de; color: #555; }
pre { background: #f6f8fa; padding: 12px; overflow: auto; font-size: 0.85em; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9em; }
table { border-collapse: collapse; } th, td { border: 1px solid #d0d7de; padding: 4px 8px; }
hr { border: 0; border-top: 1px solid #d0d7de; margin: 2em 0; }
.pluma-label { display: inline-block; background: #777; color: #fff; font-size: 0.75rem;
  font-weight: 700; padding: 2px 8px; border-radius: 3px; }
.pluma-title { border-bottom: 1px solid #eee; padding-bottom: 0.3em; }
.pluma-cut { color: #b35900; text-decoration: underline dotted; cursor: help; }
.pluma-date { color: #666; font-size: 0.9rem; margin: 0 0 1.2em; }
.pluma-figure { margin: 0 0 1.5em; }
.pluma-figure img { display: block; width: 100%; }
figcaption, .pluma-slide-caption { color: #666; font-size: 0.85rem; padding: 6px 2px;
  border-bottom: 1px solid #eee; }
.pluma-slides { display: flex; overflow-x: auto; scroll-snap-type: x mandatory; gap: 0;
  counter-reset: slide; }
.pluma-slide { flex: 0 0 100%; scroll-snap-align: start; counter-increment: slide; margin: 0; }
.pluma-slide-count { font: 600 0.75rem system-ui, sans-serif; color: #fff; background: #0009;
  padding: 2px 6px; border-radius: 3px; position: relative; top: 28px; left: 6px; }
.pluma-card { max-width: 360px; margin: 24px auto; border: 1px solid #ddd; border-radius: 4px;
  overflow: hidden; box-shadow: 0 1px 4px #0002; }
.pluma-card img { display: block; width: 100%; aspect-ratio: 16 / 9; object-fit: cover;
  background: #eee; }
.pluma-card-text { padding: 12px 16px 16px; }
.pluma-card h2 { font-size: 1.15rem; margin: 0.2em 0 0.4em; }
.pluma-card p { font-size: 0.9rem; color: #555; margin: 0.4em 0; }
`;

/** Returns the frame's srcdoc: a constant skeleton with the default styles and empty slots. */
export function frameSkeleton(): string {
  return `<!doctype html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<style id="pluma-base">${BASE_PREVIEW_CSS}</style>
<style id="pluma-default">${DEFAULT_PREVIEW_CSS}</style>
<style id="pluma-user-style"></style>
</head><body data-pluma-preview="1"><div id="pluma-root">
<article id="pluma-post"><header id="pluma-header"></header><div id="pluma-body"></div></article>
<div id="pluma-card" hidden></div>
</div><div id="pluma-site" hidden></div><div id="pluma-site-card" hidden></div></body></html>`;
}
