import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { X } from 'lucide-react';
import { trapTab } from '../components/focus-trap';
import { useT } from '../i18n/i18n';
import type { DraftsSidebar } from './use-drafts-sidebar';

interface DraftsDrawerProps {
  sidebar: DraftsSidebar;
  /** Hidden whatever the sidebar's state (focus mode). */
  hidden: boolean;
  children: ReactNode;
}

/**
 * Returns the drafts sidebar: beside the panes on wide screens; on narrower ones a drawer over
 * the page with a backdrop and `Close drafts`, which takes focus when it opens (the app makes
 * the rest of the page inert meanwhile) and, closed by either or by Escape, gives it back to
 * the `Drafts` button.
 */
export function DraftsDrawer({ sidebar, hidden, children }: DraftsDrawerProps) {
  const t = useT();
  const closeButton = useRef<HTMLButtonElement>(null);
  const { overlay, show } = sidebar;
  useEffect(() => {
    if (overlay && show) closeButton.current?.focus();
  }, [overlay, show]);
  return (
    <>
      {overlay && show && !hidden && (
        <div className="drawer-backdrop" aria-hidden="true" onClick={sidebar.close} />
      )}
      <aside
        id="drafts-sidebar"
        className={overlay ? 'sidebar sidebar-drawer' : 'sidebar'}
        hidden={!show || hidden}
        onKeyDown={(event) => {
          sidebar.keys(event);
          if (overlay) trapTab(event);
        }}
      >
        {overlay && (
          <button
            type="button"
            ref={closeButton}
            className="drawer-close button-quiet"
            aria-label={t('drawer.close')}
            title={t('drawer.close')}
            onClick={sidebar.close}
          >
            <X size={18} aria-hidden />
          </button>
        )}
        {children}
      </aside>
    </>
  );
}
