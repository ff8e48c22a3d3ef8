/**
 * English texts of the workspace's frame: the header's menus, the pane tabs, the drafts drawer,
 * the first-visit note and the progress of long work. Part of `en` (see messages-en.ts).
 */
export const enWorkspace = {
  'menu.file': 'File',
  'menu.view': 'View',
  'menu.untitled': 'Untitled post',
  'tabs.label': 'Panes',
  'tabs.fields': 'Fields',
  'tabs.write': 'Write',
  'tabs.preview': 'Preview',
  'drawer.close': 'Close drafts',
  'welcome.title': 'Welcome to Pluma',
  'welcome.panes':
    'Fields holds the post’s front matter (title, date, images), Write is the whole Markdown ' +
    'file, and Preview shows the post as the blog will.',
  'welcome.drafts':
    'Every post is a draft kept in this browser and saved as you type: open Drafts to see them.',
  'welcome.share':
    'Export downloads the finished file for the blog; Publish commits it once a repository is ' +
    'connected (File → Repository).',
  'welcome.dismiss': 'Got it',
  'busy.backup': 'Backing up the workspace…',
  'busy.restore': 'Restoring the backup…',
  'busy.exportReady': 'Exporting the ready posts…',
  'busy.import': 'Importing…',
  'preview.stylesheet': 'Stylesheet',
  'app.notices': 'Messages',
  'folder.title': 'Open a post from the blog folder',
  'repo.button': 'Repository',
} as const;
