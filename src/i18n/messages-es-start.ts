/**
 * The Spanish texts the page shows before the editor does (the header, the drafts, the editor, the
 * file menu's notes): loaded before the page renders. The rest, esLater, loads once the editor
 * holds the post (translate.ts).
 */
import { esApp } from './messages-es-app';
import { esPanes } from './messages-es-panes';
import { esWorkspace } from './messages-es-workspace';

export const esStart = { ...esApp, ...esPanes, ...esWorkspace };
