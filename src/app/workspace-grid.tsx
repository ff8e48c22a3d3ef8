/** The workspace's three resizable panes: fields, editor and preview (or the editor alone). */
import { useRef } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { PaneSeparator } from './pane-separator';
import { clamp, type Layout } from './use-layout';

interface WorkspaceGridProps {
  layout: Layout;
  onLayout: (change: Partial<Layout>) => void;
  form: ReactNode;
  editor: ReactNode;
  preview: ReactNode;
}

/** Returns the panes laid out by `layout`, with keyboard- and mouse-resizable separators. */
export function WorkspaceGrid({ layout, onLayout, form, editor, preview }: WorkspaceGridProps) {
  const t = useT();
  const grid = useRef<HTMLElement>(null);
  const { focus, formWidth, editorShare } = layout;
  return (
    <main
      ref={grid}
      className={focus ? 'workspace workspace-focus' : 'workspace'}
      style={{
        gridTemplateColumns: focus
          ? 'minmax(0, 1fr)'
          : `${formWidth}px 6px minmax(0, ${editorShare}fr) 6px minmax(0, ${1 - editorShare}fr)`,
      }}
    >
      <section className="pane pane-form" aria-label={t('app.fields')} hidden={focus}>
        {form}
      </section>
      {!focus && (
        <PaneSeparator
          label={t('app.resizeFields')}
          value={formWidth}
          min={220}
          max={600}
          onDrag={(dx, start) => onLayout({ formWidth: start + dx })}
          onStep={(d) => onLayout({ formWidth: formWidth + d * 20 })}
        />
      )}
      <section id="editor" className="pane pane-editor" aria-label={t('app.editor')}>
        {editor}
      </section>
      {!focus && (
        <PaneSeparator
          label={t('app.resizeEditor')}
          value={editorShare * 100}
          min={20}
          max={80}
          onDrag={(dx, start) => {
            const width = grid.current?.clientWidth ?? 1000;
            const rest = Math.max(1, width - formWidth - 12);
            onLayout({ editorShare: clamp(start / 100 + dx / rest, 0.2, 0.8) });
          }}
          onStep={(d) => onLayout({ editorShare: editorShare + d * 0.05 })}
        />
      )}
      <section className="pane pane-preview" aria-label={t('app.previewPane')} hidden={focus}>
        {preview}
      </section>
    </main>
  );
}
