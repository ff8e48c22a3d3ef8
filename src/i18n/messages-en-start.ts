/**
 * The English texts the page shows before the editor does (the header, the drafts, the editor, the
 * file menu's notes): loaded before the page renders. The rest, enLater, loads once the editor
 * holds the post (translate.ts).
 */
import { enApp } from './messages-en-app';
import { enPanes } from './messages-en-panes';
import { enWorkspace } from './messages-en-workspace';

export const enStart = { ...enApp, ...enPanes, ...enWorkspace };
