import { useT } from '../../i18n/i18n';
import { ConflictDialog } from './conflict-dialog';
import type { DraftSessionView } from './use-draft-session';

/**
 * Returns the drafts session's messages for the page: the storage alert (role `alert`, with a
 * dismiss button), a quieter notice, and the Conflict dialog. Place it once, near the top.
 */
export function DraftsNotices({ session }: { session: DraftSessionView }) {
  const t = useT();
  return (
    <>
      {session.alert && (
        <div role="alert" className="drafts-alert">
          <span>{session.alert}</span>
          <button type="button" onClick={session.dismissAlert}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
      {session.notice && <p className="drafts-notice">{session.notice}</p>}
      {session.theirsNewer && (
        <p className="drafts-notice">
          {t('notices.theirsNewer')}{' '}
          <button type="button" onClick={() => void session.showTheirs()}>
            {t('notices.showNewer')}
          </button>
        </p>
      )}
      <ConflictDialog
        conflict={session.conflict}
        onReloadTheirs={() => void session.reloadTheirs()}
        onKeepMine={() => void session.keepMineAsCopy()}
      />
    </>
  );
}
