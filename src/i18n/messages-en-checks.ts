/**
 * English texts of the checks before publishing (issue 16): the panel, its findings and their
 * fixes. Part of `en` (see messages-en.ts). `Checks` is the UI contract (DESIGN.md).
 */
export const enChecks = {
  'checks.button': 'Checks',
  'checks.buttonCount': { one: 'Checks 1 problem', other: 'Checks {count} problems' },
  'checks.title': 'Checks',
  'checks.list': 'Checks',
  'checks.none': 'No problems found.',
  'checks.running': 'Checking…',
  'checks.announce': {
    one: 'Checks: 1 problem.',
    other: 'Checks: {count} problems.',
  },
  'checks.line': 'line {line}',
  'checks.goTo': 'Go to line {line}',
  'checks.fix': 'Use “{insert}” as alt text',
  'checks.silence': 'Silence for this post',
  'checks.silenced': {
    one: '1 check silenced for this post.',
    other: '{count} checks silenced for this post.',
  },
  'checks.unsilence': 'Show silenced checks again',
  'checks.failed': 'The checks could not run: {error}',
  'checks.publishFixFirst': 'Fix these before publishing:',
  'checks.publishAnyway': 'Publish anyway',
  'checks.severity.error': 'Error',
  'checks.severity.warning': 'Warning',
  'checks.severity.tip': 'Tip',
  'checks.title-cut':
    'The title has {length} characters; the post page and the home card show only the first {shown}.',
  'checks.intro-cut':
    'The intro has {length} characters; the home page card shows only the first {shown}.',
  'checks.image-alt':
    'This image has no alternative text: people who cannot see it will not know what it shows.',
  'checks.header-caption': 'The header image has no caption.',
  'checks.image-large':
    'This image is {size} MB: it makes the page slow to load. Keep images under 1 MB.',
  'checks.http-media':
    'This image or embed is loaded over http: on an https site; browsers block or warn about it. Use https:.',
  'checks.link-empty': 'This link has no text or leads nowhere.',
  'checks.link-vague':
    'The link text “{text}” does not say where it leads. Use words that name the page.',
  'checks.post-url-missing':
    '{% post_url {name} %} names a post the site does not have: Jekyll stops the build.',
  'checks.link-missing-file': 'The link {url} leads to a file the site does not have.',
  'checks.reference-undefined':
    'The reference link [{label}] has no definition, so it shows as plain text.',
  'checks.heading-skip':
    'This heading jumps from level {previous} to level {level}: use level {expected} (one more # than the heading above).',
  'checks.heading-h1':
    'The layout already shows the title as the main heading; use ## for headings in the body.',
  'checks.date-future':
    'The date {date} is in the future: Jekyll will not publish the post until then.',
  'checks.date-filename':
    'The file name says {file} but the date says {date}; Jekyll uses the date.',
  'checks.date-offset':
    'The date {date} has no time zone offset (like -0300), which the other posts have.',
  'checks.yaml': 'Jekyll would reject this front matter: {problem}',
  'checks.liquid.unclosed-tag':
    'A Liquid tag opened with {% is never closed: Jekyll stops the build.',
  'checks.liquid.unclosed-output': 'A {{ is never closed with }}: Jekyll stops the build.',
  'checks.liquid.unclosed-block':
    'The Liquid block {% {tag} %} is never ended with {% end{tag} %}: Jekyll stops the build.',
  'checks.liquid.stray-end':
    '{% end{tag} %} ends a block that is not open: Jekyll stops the build.',
  'checks.layout-unknown': 'The site has no layout “{layout}”: the post would show without one.',
  'checks.category-new':
    'No other post uses the category “{category}” yet. Is it spelled as intended?',
  'checks.duplicate-name': 'Another post has this file name: {path}. Publishing would replace it.',
  'checks.duplicate-slug': 'Another post has the same slug “{slug}”: {path}.',
  'checks.duplicate-title': 'Another post has the same title: {path}.',
} as const;
