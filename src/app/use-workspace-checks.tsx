/**
 * The checks of the open post wired into the workspace: the panel (its `Go to` moves the
 * editor's cursor, its fixes are edits in the editor's history) and the sentences the export and
 * publish dialogs list.
 */
import { useSite } from '../state/site-store';
import { useCallback, type ComponentProps, type ReactNode } from 'react';
import { EditorView } from '@codemirror/view';
import type { Finding } from '../core/checks/types';
import { postFilename } from '../core/filename';
import { textToDocPos } from '../core/line-offsets';
import type { Collection } from '../core/schema';
import type { OpenDocument } from '../state/use-document';
import type { PlumaDb } from '../storage';
import {
  checkSentences,
  useChecks,
  useImageSizes,
  useSilencedChecks,
  useSiteFacts,
  type CheckSentences,
  type ChecksContext,
} from '../features/checks';
import { useT } from '../i18n/i18n';
import { afterEditorPart } from '../state/after-editor-part';

// The panel (the Checks button and its list) comes once the preview shows the post.
const ChecksPanel = afterEditorPart(() =>
  import('../features/checks/checks-panel').then((m) => m.ChecksPanel),
);

interface WorkspaceChecksOptions {
  doc: OpenDocument;
  db: PlumaDb | null;
  draftId: string | null;
  collection: Collection;
  /** The draft's file: its repository path, or the name of the file it was imported from. */
  fileName?: string;
  /** Changes when an image is stored with the draft. */
  imagesVersion: unknown;
  /** The connected repository's posts, for the duplicate and `post_url` checks. */
  repoPosts?: readonly { path: string; title: string }[];
  /** Told the words of the body each run counted (the status bar shows them). */
  onWords?: (words: number) => void;
}

/** The panel and the dialogs' view of the checks. */
export interface WorkspaceChecks {
  panel: ReactNode;
  /**
   * Loads the checks (on first use: they bring the Markdown parser) and returns the function
   * that gives the checks of `text` as the dialogs list them (`filename`: the one they write).
   */
  sentences: () => Promise<(text: string, filename?: string) => CheckSentences>;
}

/** Returns the checks of the open document (see the module's comment). */
export function useWorkspaceChecks(options: WorkspaceChecksOptions): WorkspaceChecks {
  const { doc, db, draftId, collection, fileName } = options;
  const t = useT();
  // The opened blog folder's or repository's own files, when Pluma has them.
  const site = useSite();
  const facts = useSiteFacts(site?.text ?? null, options.repoPosts);
  const images = useImageSizes(db, draftId, options.imagesVersion);
  const silenced = useSilencedChecks(db, draftId);
  const filenameOf = useCallback(
    (data: Record<string, unknown>) => fileName ?? postFilename(data, collection).name,
    [fileName, collection],
  );
  const sentences = async () => {
    const { runChecks } = await import('../core/checks/run-checks');
    return (text: string, filename?: string) => {
      const found = runChecks({ text, facts, images, now: new Date(), filename });
      return checkSentences(
        t,
        found.filter((f) => !silenced.ids.includes(f.id)),
      );
    };
  };
  const panel = (
    <LiveChecksPanel
      doc={doc}
      facts={facts}
      images={images}
      filenameOf={filenameOf}
      silenced={silenced}
      onWords={options.onWords}
    />
  );
  return { panel, sentences };
}

interface LiveChecksPanelProps extends Omit<ChecksContext, 'filenameOf'> {
  doc: OpenDocument;
  filenameOf: ChecksContext['filenameOf'];
  silenced: ComponentProps<typeof ChecksPanel>['silenced'];
}

/**
 * Returns the checks panel holding the checks' latest results: a run that ends (after each
 * pause in typing) renders the panel, not the workspace around it.
 */
function LiveChecksPanel(props: LiveChecksPanelProps) {
  const { doc, facts, images, filenameOf, silenced, onWords } = props;
  const checks = useChecks(doc.store, { facts, images, filenameOf, onWords });
  const { viewRef, lineSeparator } = doc;

  const goTo = (finding: Finding) => {
    const view = viewRef.current;
    if (!view) return;
    const text = view.state.sliceDoc();
    // After an edit since the run, the line is the best guess of where the finding moved.
    const pos =
      text === checks.text
        ? textToDocPos(text, finding.from, lineSeparator)
        : view.state.doc.line(Math.min(finding.line, view.state.doc.lines)).from;
    view.dispatch({
      selection: { anchor: pos },
      effects: EditorView.scrollIntoView(pos, { y: 'center' }),
    });
    view.focus();
  };
  const fix = (finding: Finding) => {
    const edit = finding.fix;
    if (edit && doc.store.get().text === checks.text) {
      doc.replaceRange(edit.from, edit.to, edit.insert);
    }
  };

  return <ChecksPanel checks={checks} silenced={silenced} onGoTo={goTo} onFix={fix} />;
}
