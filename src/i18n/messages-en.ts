/**
 * The UI's English texts: the source every other language must match key for key. `{name}`
 * marks a parameter; an object is a plural chosen by the `count` parameter (Intl.PluralRules).
 * Accessible names here are the UI contract (DESIGN.md): change them only with the e2e tests.
 */
import { enPanes } from './messages-en-panes';
import { enYaml } from './messages-en-yaml';
import { enRepository } from './messages-en-repository';
import { enSite } from './messages-en-site';
import { enWorkspace } from './messages-en-workspace';
import { enChecks } from './messages-en-checks';

/** English texts of the app shell, the drafts and the editor. */
export const enApp = {
  'app.drafts': 'Drafts',
  'app.skipToEditor': 'Skip to editor',
  'app.newPost': 'New post',
  'app.opening': 'Opening your drafts…',
  'app.fields': 'Fields',
  'app.editor': 'Editor',
  'app.previewPane': 'Preview pane',
  'status.words': { one: '{count} word', other: '{count} words' },
  'status.minRead': '{count} min read',
  'status.line': 'Line {line}',
  'app.focusMode': 'Focus mode',
  'app.theme': 'Theme',
  'app.theme.system': 'System',
  'app.theme.light': 'Light',
  'app.theme.dark': 'Dark',
  'app.postFiles': 'Post files',
  'app.resizeFields': 'Resize fields',
  'app.resizeEditor': 'Resize editor and preview',
  'shortcuts.button': 'Shortcuts',
  'shortcuts.title': 'Keyboard shortcuts',
  'shortcuts.close': 'Close',
  'shortcuts.save': 'Save now',
  'shortcuts.endList': 'End a list or quote (on an empty item)',
  'shortcuts.undo': 'Undo',
  'shortcuts.redo': 'Redo',
  'shortcuts.search': 'Search and replace',
  'shortcuts.leaveEditor': 'Leave the editor (Tab alone indents)',
  'shortcuts.focus': 'Focus mode',
  'shortcuts.sheet': 'This list of shortcuts',
  'lang.label': 'Language',
  'lang.es': 'Español',
  'lang.en': 'English',
  'time.justNow': 'just now',

  'settings.open': 'Settings',
  'settings.title': 'Settings',
  'settings.siteUrl': 'Site URL',
  'settings.siteUrlHint': "The preview resolves the post's relative links against it.",
  'settings.config': 'Decap config.yml',
  'settings.usingLoaded': 'Using the loaded config: collection "{label}".',
  'settings.usingBuiltIn': "Using Pluma's built-in schema for the blog's posts.",
  'settings.collection': 'Collection',
  'settings.tooLarge': '"{name}" is larger than 1 MB; a Decap config.yml is much smaller.',
  'settings.notices': 'Schema notices',
  'settings.useBuiltIn': 'Use the built-in schema',
  'settings.timeZone': 'Time zone of new posts',
  'settings.timeZoneHint':
    'An offset such as -0300 or a zone name such as America/Santiago. Empty: taken from the ' +
    'blog folder, else your drafts, else this computer.',
  'settings.timeZoneAuto': 'Automatic: {offset}, {source}.',
  'settings.timeZoneSite': "{zone}, from the blog folder's _config.yml",
  'settings.timeZoneDrafts': 'the offset most of your drafts use',
  'settings.timeZoneComputer': "this computer's time zone",
  'settings.timeZoneUsing': 'Using {offset} for new posts.',
  'settings.timeZoneUsingZone': 'Using {offset} ({zone} at this moment) for new posts.',
  'settings.timeZoneInvalid':
    'Not a time zone: new posts keep the automatic {offset} until it is one.',
  'common.close': 'Close',
  'common.cancel': 'Cancel',
  'common.dismiss': 'Dismiss',
  'common.restore': 'Restore',
  'common.export': 'Export',

  'status.saving': 'Saving…',
  'status.saved': 'Saved',
  'status.conflict': 'Not stored: this draft changed in another tab',
  'status.quota': 'Not stored: the browser has no room left',
  'status.failed': 'Not stored: the browser refused to save',
  'status.unavailable': 'Storage unavailable: changes are not kept',
  'session.gone': 'That draft no longer exists; it may have been deleted in another tab.',
  'session.recovered': 'Text you had not saved yet when the page closed was recovered.',
  'session.keptInHistory': 'Your text from this tab was kept in History.',
  'session.reload':
    'Pluma was updated in another tab, so this tab can no longer save. Export your text, then ' +
    'reload the page.',
  'session.alsoOpen':
    'This draft is also open in another tab. Pluma will ask before either tab overwrites the ' +
    'other.',
  'session.unreadable': {
    one: '1 stored draft could not be read. They were kept untouched; other drafts are fine.',
    other:
      '{count} stored drafts could not be read. They were kept untouched; other drafts are fine.',
  },
  'storage.unavailable':
    'This browser does not let Pluma store drafts (private mode or storage turned off). ' +
    'Export your work before closing the tab.',
  'storage.quota':
    'The browser has no room left for drafts. Export your work, then empty the trash or ' +
    'delete old drafts.',
  'storage.conflict':
    'Your drafts were stored by a newer version of Pluma. Reload the page to use it.',
  'storage.corrupt':
    'Some stored data could not be read. It was kept untouched; export what you can.',
  'storage.blocked':
    'Pluma is open in another tab with an older version. Close that tab, then reload.',
  'storage.closed':
    'Pluma was updated in another tab, so this tab can no longer save. Reload the page.',
  'storage.migration':
    'Pluma could not upgrade its stored drafts. They were left as they were; reload to try again.',

  'conflict.title': 'Conflict',
  'conflict.gone': 'This draft was deleted in another tab. Keep your text as a new draft.',
  'conflict.changed':
    'This draft was changed in another tab while you were editing it here. Nothing was ' +
    'overwritten. Choose which text to keep editing.',
  'conflict.reloadTheirs': 'Reload theirs',
  'conflict.copySuffix': '(copy)',
  'conflict.keepMine': 'Keep mine as a copy',
  'conflict.hint': 'Reloading keeps your text from this tab in History; a copy keeps both drafts.',
  'notices.theirsNewer': 'This draft was changed in another tab.',
  'notices.showNewer': 'Show the newer text',

  'drafts.panel': 'Drafts panel',
  'drafts.list': 'Drafts',
  'drafts.search': 'Search drafts',
  'drafts.filter': 'Filter by status',
  'drafts.filterAll': 'All',
  'drafts.filterDraft': 'Draft',
  'drafts.filterReady': 'Ready',
  'drafts.trash': 'Trash',
  'drafts.none': 'No drafts yet.',
  'drafts.noMatch': 'No draft matches.',
  'drafts.storageUnavailable': 'Storage: unavailable, nothing is kept',
  'drafts.storagePersistent': 'Storage: persistent',
  'drafts.storageChecking': 'Storage: checking…',
  'drafts.storageMayClear': 'Storage: may be cleared by the browser',
  'draft.untitled': 'Untitled',
  'draft.ready': 'Ready',
  'draft.draft': 'Draft',
  'draft.duplicate': 'Duplicate',
  'draft.markDraft': 'Mark draft',
  'draft.markReady': 'Mark ready',
  'draft.delete': 'Delete',
  'trash.empty': 'The trash is empty.',
  'trash.deleted': 'Deleted {when}',
  'trash.emptyTrash': 'Empty trash',
  'trash.confirmLabel': 'Confirm emptying the trash',
  'trash.confirm': {
    one: 'Delete 1 draft and their history for good? This cannot be undone.',
    other: 'Delete {count} drafts and their history for good? This cannot be undone.',
  },
  'trash.deleteForGood': 'Delete for good',
  'history.open': 'History',
  'history.title': 'History',
  'history.take': 'Take snapshot',
  'history.loading': 'Loading…',
  'history.none': 'No snapshots of this draft yet.',
  'history.list': 'Snapshots',
  'history.info': '{size}, {reason}',
  'history.interval': 'while editing',
  'history.beforeRestore': 'before a restore',
  'history.export': 'on export',
  'history.manual': 'taken by hand',

  'editor.formatting': 'Formatting',
  'editor.undo': 'Undo',
  'editor.redo': 'Redo',
  'cmd.bold': 'Bold',
  'cmd.italic': 'Italic',
  'cmd.strikethrough': 'Strikethrough',
  'cmd.inline-code': 'Inline code',
  'cmd.link': 'Link',
  'cmd.heading': 'Heading {level}',
  'cmd.bulleted-list': 'Bulleted list',
  'cmd.numbered-list': 'Numbered list',
  'cmd.quote': 'Quote',
  'cmd.code-block': 'Code block',
  'cmd.image': 'Image',
  'cmd.horizontal-rule': 'Horizontal rule',
} as const;

/** The English texts, by key. */
export const en = {
  ...enApp,
  ...enPanes,
  ...enYaml,
  ...enRepository,
  ...enWorkspace,
  ...enSite,
  ...enChecks,
} as const;

/** A text that depends on a count: one form per plural category (`other` always given). */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Every message key of the UI. */
export type MessageKey = keyof typeof en;

/** The same keys as `T`, each a plain text where English has one, a plural otherwise. */
export type Translation<T> = {
  [K in keyof T]: T[K] extends string ? string : PluralMessage;
};

/** A complete set of texts: every key of the English ones. */
export type Messages = Translation<typeof en>;
