/**
 * English texts of the front-matter form (and the built-in `posts` fields) and the preview:
 * they show after the editor, and load then (messages-en-later.ts). Part of `en` (see
 * messages-en.ts).
 */
export const enForm = {
  'form.label': 'Front matter',
  'form.problems': {
    one:
      'The front matter has a problem. Fix it in the Markdown editor; the fields it touches are ' +
      'locked meanwhile, and nothing is lost.',
    other:
      'The front matter has problems. Fix it in the Markdown editor; the fields it touches are ' +
      'locked meanwhile, and nothing is lost.',
  },
  'form.errorAt': 'Line {line}, column {column}: {message}',
  'form.otherFields': 'Other fields',
  'form.rawHint': 'YAML, kept exactly as written.',
  'form.rawWidget': 'Edited as YAML: Pluma has no "{widget}" widget.',
  'form.rawWidgetUnknown': 'Edited as YAML: Pluma has no such widget.',
  'form.readOnly': 'Edit this value in the Markdown editor.',
  'form.required': 'Required',
  'form.offset': 'Time zone offset, as written in the post',
  'form.listHint': 'Separate items with commas.',
  'form.item': '{label} {n}',
  'form.removeItem': 'Remove {label} {n}',
  'form.addItem': 'Add {label}',
  'field.layout.label': 'Layout',
  'field.title.label': 'Title',
  'field.title.hint': 'The post page shows only the first {count} characters of the title.',
  'field.intro.label': 'Intro',
  'field.intro.hint':
    'Shown on the home page, in post previews (first 112 characters) and in the feed.',
  'field.date.label': 'Date',
  'field.categories.label': 'Categories',
  'field.highlighted.label': 'Highlighted',
  'field.highlighted.hint': 'Highlighted posts are listed first on the home page.',
  'field.share_message.label': 'Share message',
  'field.single_image.label': 'Images',
  'field.single_image.label_singular': 'Image',
  'field.single_image.hint': 'One image shows with its caption; two or more make a carousel.',
  'field.single_image.img.label': 'Image URL',
  'field.single_image.caption.label': 'Caption',
  'field.video.label': 'Video',
  'field.video.hint': 'A YouTube video, shown when the post has no image.',
  'field.body.label': 'Body',

  'preview.frame': 'Preview',
  'preview.options': 'Preview options',
  'preview.view': 'View',
  'preview.width': 'Width',
  'preview.post': 'Post',
  'preview.postView': 'Post view',
  'preview.card': 'Card',
  'preview.cardView': 'Card view',
  'preview.phone': 'Phone',
  'preview.phoneHint': '375 px wide',
  'preview.tablet': 'Tablet',
  'preview.tabletHint': '768 px wide',
  'preview.desktop': 'Desktop',
  'preview.desktopHint': 'Full width',
  'preview.stylesheetUrl': 'Stylesheet URL',
  'preview.stylesheetFile': 'Stylesheet file',
  'preview.defaultLook': "Use Pluma's default look",
  'preview.removeFile': 'Remove {name}',
  'preview.removeStylesheet': 'Remove stylesheet',
  'preview.httpOnly': 'Use an http(s) address.',
  'preview.cssTooLarge': '{name} is too large to be a stylesheet.',
  'preview.tooLong':
    'The preview took too long to render and was restarted. It will try again on your next edit.',
  'preview.crashed':
    'The preview stopped working and was restarted. It will try again on your next edit.',
  'preview.refusedTooDeep':
    'This block is nested too deeply to preview. Its text is kept as written.',
  'preview.refusedTooLong':
    'This block is too long to preview ({size} characters; the limit is {limit}). Its text is kept as written.',
  'preview.refusedDocument':
    'This post is too long to preview ({size} characters; the limit is {limit}). Its text is kept as written.',
  'preview.failed': 'The preview could not render this text: {error}',
  'layout.titleCut': 'Title cut here',
  'layout.introCut': 'Intro cut here',
  'layout.imageRefused': 'Image not shown (unsupported URL): {url}',
  'layout.noImage': 'No image URL',
  'layout.slide': 'Image {n} of {total}',
  'layout.video': 'Video: {url}',
  'layout.videoThumb': 'Video thumbnail',
} as const;
