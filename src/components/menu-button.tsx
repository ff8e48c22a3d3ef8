import { useState, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { ChevronDown } from 'lucide-react';
import './menu-button.css';

/** One line of a menu: a command, an on/off setting, a choice of one among several, a rule. */
export type MenuEntry =
  | {
      kind: 'item';
      label: string;
      onSelect: () => void;
      icon?: ReactNode;
      disabled?: boolean;
      /** Why it is disabled, or what it does, shown under its name. */
      hint?: string;
      /** ARIA key names (`Control+Shift+Enter`), announced and shown. */
      keys?: string;
    }
  | {
      kind: 'check';
      label: string;
      checked: boolean;
      onChange: (on: boolean) => void;
      keys?: string;
    }
  | {
      kind: 'radio';
      /** The group's name (`Theme`), shown as its heading. */
      label: string;
      value: string;
      options: { value: string; label: string; lang?: string }[];
      onChange: (value: string) => void;
    }
  | { kind: 'separator' };

export interface MenuButtonProps {
  /** The trigger's text and accessible name (kept when narrow screens show the icon alone). */
  label: string;
  icon: ReactNode;
  entries: MenuEntry[];
}

type Popup = typeof import('./menu-popup');

let popup: Popup | null = null;
let loading: Promise<Popup> | null = null;
const listeners = new Set<() => void>();

/**
 * Loads the menus' code (Radix UI). The app calls it once the editor shows the post; a menu
 * pressed before then loads it itself.
 */
export function loadMenus(): Promise<Popup> {
  loading ??= import('./menu-popup').then((m) => {
    popup = m;
    for (const listener of [...listeners]) listener();
    return m;
  });
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const current = () => popup;

/**
 * Returns a menu button (WAI-ARIA menu button pattern, by Radix UI: Enter, Space and the arrows
 * open it and move through it, Escape closes it and focus goes back to the button). Until the
 * menus' code has loaded, the same button stands in: pressing it loads the code and opens the
 * menu as soon as it is there; focus on it stays on the button that replaces it.
 */
export function MenuButton(props: MenuButtonProps) {
  const loaded = useSyncExternalStore(subscribe, current, current);
  const [start, setStart] = useState({ open: false, focus: false });
  if (loaded) return <loaded.RadixMenuButton {...props} start={start} />;
  const press = () => {
    setStart({ open: true, focus: true });
    void loadMenus();
  };
  return (
    <button
      type="button"
      className="menu-trigger"
      aria-haspopup="menu"
      aria-expanded={false}
      data-state="closed"
      onClick={press}
      onFocus={() => setStart((s) => (s.focus ? s : { ...s, focus: true }))}
      onBlur={() => setStart((s) => (s.focus ? { ...s, focus: false } : s))}
      onKeyDown={(e) => {
        // A shortcut pressed on the button (Ctrl+Shift+Enter) is the page's, not an Enter.
        if (e.ctrlKey || e.metaKey || e.altKey) return e.preventDefault();
        // Enter and Space end in a click; the arrows open it too (WAI-ARIA).
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          press();
        }
      }}
    >
      {props.icon}
      <span className="button-text">{props.label}</span>
      <ChevronDown className="menu-chevron" aria-hidden size={14} />
    </button>
  );
}
