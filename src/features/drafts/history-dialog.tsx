import { Suspense, lazy, useState } from 'react';
import type { SnapshotInfo } from '../../storage';
import { downloadText } from '../../components/download';
import { snapshotFilename } from './snapshot-name';
import type { DraftSessionView } from './use-draft-session';

// The dialog's code loads when it first opens.
const HistoryView = lazy(() => import('./history-view').then((m) => ({ default: m.HistoryView })));

/**
 * Returns the command `History` (`show`, null without an open draft) and its dialog (`view`,
 * name `History`): the open draft's snapshots with time and size, each restorable (the current
 * text is kept as a snapshot first and the editor reloads) or exportable as .md, and `Take
 * snapshot`.
 */
export function useHistoryDialog(session: DraftSessionView) {
  const [open, setOpen] = useState(false);
  const [snapshots, setSnapshots] = useState<SnapshotInfo[] | null>(null);
  const reload = async () => setSnapshots(await session.listHistory());
  const show = () => {
    setOpen(true);
    setSnapshots(null);
    void reload();
  };
  const close = () => setOpen(false);
  const restore = async (id: number) => {
    await session.restoreSnapshot(id);
    close();
  };
  const exportSnapshot = async (snapshot: SnapshotInfo) => {
    const text = await session.snapshotText(snapshot.id);
    const { drafts } = session.live.getState();
    const filename = drafts.find((d) => d.id === session.open?.id)?.filename ?? null;
    if (text !== null) downloadText(snapshotFilename(filename, snapshot.createdAt), text);
  };
  const view = open && (
    <Suspense fallback={null}>
      <HistoryView
        snapshots={snapshots}
        onTake={() => void session.takeSnapshot().then(reload)}
        onRestore={(id) => void restore(id)}
        onExport={(s) => void exportSnapshot(s)}
        onClose={close}
      />
    </Suspense>
  );
  return { show: session.open?.id ? show : null, view };
}
