import type { KeyboardEvent } from 'react';
import { useT } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages-en';

/** A pane the tabs can show. */
export type PaneId = 'fields' | 'write' | 'preview';

const PANES: Record<PaneId, { label: MessageKey; controls: string }> = {
  fields: { label: 'tabs.fields', controls: 'pane-fields' },
  write: { label: 'tabs.write', controls: 'editor' },
  preview: { label: 'tabs.preview', controls: 'pane-preview' },
};

interface PaneTabsProps {
  tabs: PaneId[];
  selected: PaneId;
  onSelect: (pane: PaneId) => void;
}

/**
 * Returns the tabs that choose the pane shown on narrower windows (WAI-ARIA tabs: the selected
 * tab is the one Tab stop; Left, Right, Home and End move between tabs and show their pane).
 */
export function PaneTabs({ tabs, selected, onSelect }: PaneTabsProps) {
  const t = useT();
  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = tabs.indexOf(selected);
    const to = {
      ArrowRight: (at + 1) % tabs.length,
      ArrowLeft: (at - 1 + tabs.length) % tabs.length,
      Home: 0,
      End: tabs.length - 1,
    }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    onSelect(tabs[to]);
    event.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]')[to]?.focus();
  };
  return (
    <div className="pane-tabs" role="tablist" aria-label={t('tabs.label')} onKeyDown={onKey}>
      {tabs.map((pane) => (
        <button
          key={pane}
          type="button"
          role="tab"
          id={`tab-${pane}`}
          aria-selected={pane === selected}
          aria-controls={PANES[pane].controls}
          tabIndex={pane === selected ? 0 : -1}
          onClick={() => onSelect(pane)}
        >
          {t(PANES[pane].label)}
        </button>
      ))}
    </div>
  );
}
