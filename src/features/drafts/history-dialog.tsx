import { useRef, useState } from 'react';
import type { SnapshotInfo, SnapshotReason } from '../../storage';
import { downloadText, snapshotFilename } from './download';
import { formatSize } from './format';
import { ModalDialog } from './modal-dialog';
import type { DraftSessionView } from './use-draft-session';

const REASONS: Record<SnapshotReason, string> = {
  interval: 'while editing',
  'before-restore': 'before a restore',
  export: 'on export',
  manual: 'taken by hand',
};

const when = (ms: number) =>
  new Date(ms).toLocaleString('en', { dateStyle: 'medium', timeStyle: 'medium' });

/**
 * Returns the `History` button and its dialog (name `History`): the open draft's snapshots with
 * time and size, each restorable (the current text is kept as a snapshot first and the editor
 * reloads) or exportable as .md, and `Take snapshot`.
 */
export function HistoryDialog({ session }: { session: DraftSessionView }) {
  const [open, setOpen] = useState(false);
  const [snapshots, setSnapshots] = useState<SnapshotInfo[] | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const reload = async () => setSnapshots(await session.listHistory());
  const show = () => {
    setOpen(true);
    setSnapshots(null);
    void reload();
  };
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const restore = async (id: number) => {
    await session.restoreSnapshot(id);
    close();
  };
  const exportSnapshot = async (snapshot: SnapshotInfo) => {
    const text = await session.snapshotText(snapshot.id);
    const filename = session.drafts.find((d) => d.id === session.open?.id)?.filename ?? null;
    if (text !== null) downloadText(snapshotFilename(filename, snapshot.createdAt), text);
  };
  return (
    <>
      <button type="button" ref={button} onClick={show} disabled={!session.open?.id}>
        History
      </button>
      <ModalDialog open={open} title="History" onClose={close} className="history-dialog">
        <div className="drafts-dialog-actions">
          <button type="button" onClick={() => void session.takeSnapshot().then(reload)}>
            Take snapshot
          </button>
          <button type="button" onClick={close}>
            Close
          </button>
        </div>
        {snapshots === null && <p>Loading…</p>}
        {snapshots?.length === 0 && <p className="drafts-empty">No snapshots of this draft yet.</p>}
        {snapshots && snapshots.length > 0 && (
          <ul aria-label="Snapshots" className="history-list">
            {snapshots.map((s) => (
              <li key={s.id} className="history-item">
                <span className="history-when">{when(s.createdAt)}</span>
                <span className="history-info">{`${formatSize(s.size)}, ${REASONS[s.reason]}`}</span>
                <span className="draft-actions">
                  <button type="button" onClick={() => void restore(s.id)}>
                    Restore
                  </button>
                  <button type="button" onClick={() => void exportSnapshot(s)}>
                    Export
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
      </ModalDialog>
    </>
  );
}
