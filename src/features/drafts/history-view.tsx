import type { SnapshotInfo, SnapshotReason } from '../../storage';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages-en';
import { ModalDialog } from '../../components/modal-dialog';

const REASONS: Record<SnapshotReason, MessageKey> = {
  interval: 'history.interval',
  'before-restore': 'history.beforeRestore',
  export: 'history.export',
  manual: 'history.manual',
};

interface HistoryViewProps {
  /** The open draft's snapshots, newest first, or null while they are read. */
  snapshots: SnapshotInfo[] | null;
  onTake: () => void;
  onRestore: (id: number) => void;
  onExport: (snapshot: SnapshotInfo) => void;
  onClose: () => void;
}

/** Returns the History dialog (see `useHistoryDialog`), loaded when it first opens. */
export function HistoryView({ snapshots, onTake, onRestore, onExport, onClose }: HistoryViewProps) {
  const { t, size, dateTime } = useI18n();
  const when = (ms: number) => dateTime(ms, { dateStyle: 'medium', timeStyle: 'medium' });
  return (
    <ModalDialog
      title={t('history.title')}
      onClose={onClose}
      className="drafts-dialog history-dialog"
    >
      <div className="drafts-dialog-actions">
        <button type="button" onClick={onTake}>
          {t('history.take')}
        </button>
        <button type="button" onClick={onClose}>
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
                <button type="button" onClick={() => onRestore(s.id)}>
                  {t('common.restore')}
                </button>
                <button type="button" onClick={() => onExport(s)}>
                  {t('common.export')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </ModalDialog>
  );
}
