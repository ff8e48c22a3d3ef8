import { test, expect, type Page } from './support/fixtures';

/**
 * Every payload tries to reach the app (`top.__pwn()`), set a flag (`window.__pwned`) or open a
 * dialog. None may: the preview's HTML is sanitized and its frame runs no script.
 */
const HIT = 'top.__pwn&&top.__pwn(1);window.__pwned=1;parent.__pwned=1;alert(1)';
const BODY_PAYLOADS = [
  `<script>${HIT}</script>`,
  `<img src=x onerror="${HIT}">`,
  `<svg><script>${HIT}</script></svg>`,
  `<svg onload="${HIT}"></svg>`,
  `<a href="javascript:${HIT}">js link</a>`,
  `[md link](javascript:alert(1))`,
  `[md link 2](JaVaScRiPt:alert(1))`,
  `<iframe src="data:text/html,<script>${HIT}</script>"></iframe>`,
  `<iframe srcdoc="<script>${HIT}</script>"></iframe>`,
  `<object data="data:text/html,<script>${HIT}</script>"></object>`,
  `<embed src="javascript:${HIT}">`,
  `<a href="java&#x09;script:alert(1)">tab link</a>`,
  `<a href="&#106;avascript:alert(1)">entity link</a>`,
  `<style>@import 'javascript:alert(1)'; body{background:url("javascript:alert(1)")}</style>`,
  `<div style="width:expression(alert(1));background:url(javascript:alert(1))">styled</div>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${HIT}">`,
  `<math href="javascript:alert(1)">math link</math>`,
  `<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">go</button></form>`,
  `<meta http-equiv="refresh" content="0;url=javascript:alert(1)">`,
  `<base href="javascript:alert(1)//">`,
  `<details open ontoggle="${HIT}">x</details>`,
  `<video><source onerror="${HIT}"></video>`,
  `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link</a>`,
  `![img](javascript:alert(1))`,
  `<noscript><p title="</noscript><img src=x onerror=${HIT}>">`,
];

const PAYLOAD_DOC = `---
layout: post
title: "<img src=x onerror=alert(1)><script>alert(2)</script>"
intro: "<svg onload=alert(1)>"
date: 2016-06-03 12:00:00 -0300
category: "<b onmouseover=alert(1)>cat</b>"
single_image:
  - img: "javascript:alert(1)"
    caption: "<img src=x onerror=alert(1)><b>bold?</b>"
  - img: " java\\tscript:alert(1)"
    caption: "<a href=javascript:alert(1)>x</a>"
video: "javascript:alert(1)"
---
${BODY_PAYLOADS.join('\n\n')}

The last paragraph: XSS-END
`;

async function setUpTraps(page: Page) {
  const hits: string[] = [];
  page.on('dialog', async (dialog) => {
    hits.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.exposeFunction('__pwn', (what: unknown) => hits.push(`called: ${String(what)}`));
  return hits;
}

/** Returns what the preview frame's DOM holds that could run script or navigate. */
function frameDanger(page: Page) {
  return page.evaluate(() => {
    const frame = document.querySelector<HTMLIFrameElement>('iframe[title="Preview"]')!;
    const doc = frame.contentDocument!;
    const found: string[] = [];
    const jsUrl = (v: string) =>
      /^(javascript|vbscript|data:text\/html)/i.test(v.replace(/[\s\p{Cc}]/gu, ''));
    for (const el of doc.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      if (['script', 'iframe', 'object', 'embed', 'form', 'base', 'frame'].includes(tag))
        found.push(`<${tag}>`);
      if (tag === 'meta' && el.getAttribute('http-equiv')?.toLowerCase() === 'refresh')
        found.push('meta refresh');
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`${tag}[${attr.name}]`);
        if (
          /^(href|src|action|formaction|xlink:href|data|srcdoc|poster|background)$/i.test(
            attr.name,
          ) &&
          jsUrl(attr.value)
        ) {
          found.push(`${tag}[${attr.name}=${attr.value}]`);
        }
      }
    }
    for (const style of doc.querySelectorAll('style')) {
      if (/javascript|expression\(/i.test(style.textContent ?? ''))
        found.push('style with script URL');
    }
    return {
      found,
      // The skeleton written into the frame (its document took the page's URL), never left.
      frameUrl: frame.contentWindow!.location.href === location.href ? 'skeleton' : 'navigated',
      skeleton: doc.body.dataset.plumaPreview ?? null,
      pagePwned: (window as { __pwned?: unknown }).__pwned ?? null,
      framePwned: (frame.contentWindow as { __pwned?: unknown }).__pwned ?? null,
      sandbox: frame.getAttribute('sandbox'),
    };
  });
}

test('no payload in a post runs script, in the app or in the preview', async ({ page }) => {
  const hits = await setUpTraps(page);
  await page.goto('/?lang=en');
  const editor = page.getByRole('textbox', { name: 'Markdown' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(PAYLOAD_DOC);
  const preview = page.frameLocator('iframe[title="Preview"]');
  await expect(preview.locator('body')).toContainText('XSS-END');

  // Front matter is shown as text, never parsed as HTML.
  await expect(preview.locator('h1')).toContainText('<img src=x onerror=alert(1)>');
  await expect(preview.locator('.pluma-slides')).toContainText('<b>bold?</b>');
  await expect(preview.locator('#pluma-header .pluma-label')).toHaveText(
    '<b onmouseover=alert(1)>cat</b>',
  );

  // Give late loads (img onerror, meta refresh) time to fire, and hover and click around.
  await preview.locator('h1').hover();
  for (const name of ['js link', 'md link', 'tab link', 'entity link', 'data link']) {
    const link = preview.getByText(name, { exact: true });
    if (await link.count()) await link.first().click();
  }
  await page.waitForTimeout(1000);

  const danger = await frameDanger(page);
  expect(danger).toEqual({
    found: [],
    frameUrl: 'skeleton',
    skeleton: '1',
    pagePwned: null,
    framePwned: null,
    sandbox: 'allow-same-origin',
  });
  expect(hits).toEqual([]);
  expect(new URL(page.url()).pathname).toBe('/');

  // Switching to the card view builds more DOM from the same data: still nothing.
  await page.getByRole('button', { name: 'Card view' }).click();
  await expect(preview.locator('.pluma-card')).toBeVisible();
  expect((await frameDanger(page)).found).toEqual([]);
  expect(hits).toEqual([]);
});

test('a script added to the frame by mistake still cannot run', async ({ page }) => {
  // Defence in depth: even if sanitizing failed, the sandbox (no allow-scripts) and the frame's
  // CSP stop inline script and event handlers.
  const hits = await setUpTraps(page);
  await page.goto('/?lang=en');
  const preview = page.frameLocator('iframe[title="Preview"]');
  await expect(preview.locator('.pluma-block').first()).toBeVisible();
  await page.evaluate((hit) => {
    const doc =
      document.querySelector<HTMLIFrameElement>('iframe[title="Preview"]')!.contentDocument!;
    const script = doc.createElement('script');
    script.textContent = hit;
    doc.body.append(script);
    doc.body.insertAdjacentHTML(
      'beforeend',
      `<img src="data:," onerror="${hit}"><svg onload="${hit}"></svg>`,
    );
  }, HIT);
  await page.waitForTimeout(500);
  expect(hits).toEqual([]);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
});
