import { useState } from 'react';
import type { SnapshotInfo, SnapshotReason } from '../../storage';
import { downloadText } from '../../components/download';
import { snapshotFilename } from './snapshot-name';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages-en';
import { ModalDialog } from '../../components/modal-dialog';
import type { DraftSessionView } from './use-draft-session';

const REASONS: Record<SnapshotReason, MessageKey> = {
  interval: 'history.interval',
  'before-restore': 'history.beforeRestore',
  export: 'history.export',
  manual: 'history.manual',
};

/**
 * Returns the command `History` (`show`, null without an open draft) and its dialog (`view`,
 * name `History`): the open draft's snapshots with time and size, each restorable (the current
 * text is kept as a snapshot first and the editor reloads) or exportable as .md, and `Take
 * snapshot`.
 */
export function useHistoryDialog(session: DraftSessionView) {
  const { t, size, dateTime } = useI18n();
  const when = (ms: number) => dateTime(ms, { dateStyle: 'medium', timeStyle: 'medium' });
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
    const filename = session.drafts.find((d) => d.id === session.open?.id)?.filename ?? null;
    if (text !== null) downloadText(snapshotFilename(filename, snapshot.createdAt), text);
  };
  const view = (
    <ModalDialog
      open={open}
      title={t('history.title')}
      onClose={close}
      className="drafts-dialog history-dialog"
    >
      <div className="drafts-dialog-actions">
        <button type="button" onClick={() => void session.takeSnapshot().then(reload)}>
          {t('history.take')}
        </button>
        <button type="button" onClick={close}>
          {t('common.close')}
        </button>
      </div>
      {snapshots === null && <p>{t('history.loading')}</p>}
      {snapshots?.length === 0 && <p className="drafts-empty">{t('history.none')}</p>}
      {snapshots && snapshots.length > 0 && (
        <ul aria-label={t('history.list')} className="history-list">
          {snapshots.map((s) => (
            <li key={s.id} className="history-item">
              <span className="history-when">{when(s.createdAt)}</span>
              <span className="history-info">
                {t('history.info', { size: size(s.size), reason: t(REASONS[s.reason]) })}
              </span>
              <span className="draft-actions">
                <button type="button" onClick={() => void restore(s.id)}>
                  {t('common.restore')}
                </button>
                <button type="button" onClick={() => void exportSnapshot(s)}>
                  {t('common.export')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </ModalDialog>
  );
  return { show: session.open?.id ? show : null, view };
}
