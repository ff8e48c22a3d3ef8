/**
 * The menus' Radix UI part, loaded once the editor shows the post (or when a menu is pressed
 * before that): menu-button.tsx stands in for it until then.
 */
import * as Menu from '@radix-ui/react-dropdown-menu';
import { Check, ChevronDown, Circle } from 'lucide-react';
import { useId, useLayoutEffect, useRef } from 'react';
import type { MenuButtonProps, MenuEntry } from './menu-button';

/** How the menu starts: open (it was pressed before this code arrived) and with focus. */
interface Start {
  open: boolean;
  focus: boolean;
}

/**
 * Returns a menu button (WAI-ARIA menu button pattern, by Radix UI: Enter, Space and the arrows
 * open it and move through it, Escape closes it and focus goes back to the button). A command
 * runs once the menu has closed and given focus back to the button, so that a dialog it opens
 * remembers the button and returns focus to it.
 */
export function RadixMenuButton({
  label,
  icon,
  entries,
  start,
}: MenuButtonProps & { start: Start }) {
  const pending = useRef<(() => void) | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  // Opened by the stand-in (a key or a click before this code came): its first item gets focus,
  // as when a key opens the menu here.
  const openedEarly = useRef(start.open);
  // Radix's DropdownMenu.Content passes this on to its menu, though its type leaves it out.
  const firstItemOnOpen = {
    onOpenAutoFocus: (event: Event) => {
      if (!openedEarly.current) return;
      openedEarly.current = false;
      const menu = event.currentTarget as HTMLElement | null;
      const first = menu?.querySelector<HTMLElement>('[role^="menuitem"]:not([data-disabled])');
      if (!first) return;
      event.preventDefault();
      first.focus();
    },
  } as object;
  // The stand-in had focus: its place in the page is this button's now.
  useLayoutEffect(() => {
    if (start.focus) trigger.current?.focus();
  }, [start]);
  const afterClose = () => {
    const run = pending.current;
    pending.current = null;
    // After Radix has put focus back on the trigger (it does so right after this handler).
    if (run) setTimeout(run, 0);
  };
  return (
    <Menu.Root defaultOpen={start.open}>
      <Menu.Trigger
        ref={trigger}
        className="menu-trigger"
        // A shortcut pressed on the button (Ctrl+Shift+Enter) is the page's, not an Enter.
        onKeyDown={(e) => {
          if (e.ctrlKey || e.metaKey || e.altKey) e.preventDefault();
        }}
      >
        {icon}
        <span className="button-text">{label}</span>
        <ChevronDown className="menu-chevron" aria-hidden size={14} />
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content
          className="menu"
          align="end"
          sideOffset={4}
          collisionPadding={8}
          aria-label={label}
          onCloseAutoFocus={afterClose}
          {...firstItemOnOpen}
        >
          {entries.map((entry, i) => (
            <MenuLine key={i} entry={entry} later={(run) => (pending.current = run)} />
          ))}
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}

/** Returns one entry of the menu; `later` keeps a command to run once the menu has closed. */
function MenuLine({ entry, later }: { entry: MenuEntry; later: (run: () => void) => void }) {
  const hintId = useId();
  switch (entry.kind) {
    case 'separator':
      return <Menu.Separator className="menu-separator" />;
    case 'item':
      return (
        <Menu.Item
          className="menu-item"
          disabled={entry.disabled}
          aria-keyshortcuts={entry.keys}
          aria-describedby={entry.hint ? hintId : undefined}
          onSelect={() => later(entry.onSelect)}
        >
          <span className="menu-icon" aria-hidden>
            {entry.icon}
          </span>
          <span className="menu-label">{entry.label}</span>
          <Keys keys={entry.keys} />
          {entry.hint && (
            <span id={hintId} className="menu-hint" aria-hidden>
              {entry.hint}
            </span>
          )}
        </Menu.Item>
      );
    case 'check':
      return (
        <Menu.CheckboxItem
          className="menu-item"
          checked={entry.checked}
          aria-keyshortcuts={entry.keys}
          onCheckedChange={entry.onChange}
        >
          <span className="menu-icon">
            <Menu.ItemIndicator>
              <Check size={16} aria-hidden />
            </Menu.ItemIndicator>
          </span>
          <span className="menu-label">{entry.label}</span>
          <Keys keys={entry.keys} />
        </Menu.CheckboxItem>
      );
    case 'radio':
      return (
        <Menu.Group aria-label={entry.label}>
          <Menu.Label className="menu-group-label" aria-hidden>
            {entry.label}
          </Menu.Label>
          <Menu.RadioGroup value={entry.value} onValueChange={entry.onChange}>
            {entry.options.map((o) => (
              <Menu.RadioItem key={o.value} value={o.value} lang={o.lang} className="menu-item">
                <span className="menu-icon">
                  <Menu.ItemIndicator>
                    <Circle size={8} fill="currentColor" aria-hidden />
                  </Menu.ItemIndicator>
                </span>
                <span className="menu-label">{o.label}</span>
              </Menu.RadioItem>
            ))}
          </Menu.RadioGroup>
        </Menu.Group>
      );
  }
}

/** Returns a command's keys as shown beside it (`Ctrl+Shift+Enter`); announced by aria-keyshortcuts. */
function Keys({ keys }: { keys?: string }) {
  if (!keys) return null;
  return (
    <kbd className="menu-keys" aria-hidden="true">
      {keys.replace('Control', 'Ctrl')}
    </kbd>
  );
}
