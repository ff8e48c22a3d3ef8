/** The workspace's panes: fields, editor and preview, laid out for the window's width. */
import { useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { PaneSeparator } from './pane-separator';
import { PaneTabs, type PaneId } from './pane-tabs';
import { clamp, type Layout } from './use-layout';
import type { WidthClass } from './use-width-class';

interface WorkspaceGridProps {
  layout: Layout;
  onLayout: (change: Partial<Layout>) => void;
  width: WidthClass;
  form: ReactNode;
  editor: ReactNode;
  preview: ReactNode;
}

/**
 * Returns the panes laid out by `layout` and `width`: wide, the three side by side with
 * keyboard- and mouse-resizable separators; medium, the writing side (tabs `Fields` and
 * `Write`) beside the preview; narrow, one pane at a time under the tabs `Fields`, `Write` and
 * `Preview`. Focus mode shows the editor alone.
 */
export function WorkspaceGrid(props: WorkspaceGridProps) {
  const { layout, onLayout, width, form, editor, preview } = props;
  const t = useT();
  const grid = useRef<HTMLElement>(null);
  const [tab, setTab] = useState<PaneId>('write');
  const { focus, formWidth, editorShare } = layout;
  const tabs: PaneId[] | null =
    focus || width === 'wide'
      ? null
      : width === 'medium'
        ? ['fields', 'write']
        : ['fields', 'write', 'preview'];
  // The preview has no tab of its own beside the writing side.
  const shown = tabs && !tabs.includes(tab) ? 'write' : tab;
  const hides = (pane: PaneId) =>
    focus ? pane !== 'write' : !!tabs?.includes(pane) && pane !== shown;
  const columns = (() => {
    if (focus || width === 'narrow') return 'minmax(0, 1fr)';
    const rest = `6px minmax(0, ${editorShare}fr) 6px minmax(0, ${1 - editorShare}fr)`;
    if (width === 'wide') return `${formWidth}px ${rest}`;
    return `minmax(0, ${editorShare}fr) 6px minmax(0, ${1 - editorShare}fr)`;
  })();
  const shareSeparator = (
    <PaneSeparator
      label={t('app.resizeEditor')}
      value={editorShare * 100}
      min={20}
      max={80}
      onDrag={(dx, start) => {
        const gridWidth = grid.current?.clientWidth ?? 1000;
        const rest = Math.max(1, gridWidth - (width === 'wide' ? formWidth + 12 : 6));
        onLayout({ editorShare: clamp(start / 100 + dx / rest, 0.2, 0.8) });
      }}
      onStep={(d) => onLayout({ editorShare: editorShare + d * 0.05 })}
    />
  );
  return (
    <main
      ref={grid}
      className={`workspace workspace-${focus ? 'focus' : width}`}
      style={{ gridTemplateColumns: columns }}
    >
      {tabs && <PaneTabs tabs={tabs} selected={shown} onSelect={setTab} />}
      <section
        id="pane-fields"
        className="pane pane-form"
        aria-label={t('app.fields')}
        hidden={hides('fields')}
      >
        {form}
      </section>
      {width === 'wide' && !focus && (
        <PaneSeparator
          label={t('app.resizeFields')}
          value={formWidth}
          min={220}
          max={600}
          onDrag={(dx, start) => onLayout({ formWidth: start + dx })}
          onStep={(d) => onLayout({ formWidth: formWidth + d * 20 })}
        />
      )}
      <section
        id="editor"
        className="pane pane-editor"
        aria-label={t('app.editor')}
        hidden={hides('write')}
      >
        {editor}
      </section>
      {width !== 'narrow' && !focus && shareSeparator}
      <section
        id="pane-preview"
        className="pane pane-preview"
        aria-label={t('app.previewPane')}
        hidden={hides('preview')}
      >
        {preview}
      </section>
    </main>
  );
}
