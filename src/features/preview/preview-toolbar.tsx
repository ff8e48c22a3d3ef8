import { useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { LayoutList, Monitor, Newspaper, Palette, Smartphone, Tablet } from 'lucide-react';
import type { LucideIcon } from 'lucide-react';
import type { PreviewSettings, PreviewView, PreviewWidth } from './preview-settings';
import { useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages-en';
import { isStylesheetUrl } from './stylesheet';

interface PreviewToolbarProps {
  settings: PreviewSettings;
  onChange: (settings: PreviewSettings) => void;
}

const VIEWS: { value: PreviewView; name: MessageKey; icon: LucideIcon }[] = [
  { value: 'post', name: 'preview.postView', icon: Newspaper },
  { value: 'card', name: 'preview.cardView', icon: LayoutList },
];

const WIDTHS: { value: PreviewWidth; label: MessageKey; hint: MessageKey; icon: LucideIcon }[] = [
  { value: 'phone', label: 'preview.phone', hint: 'preview.phoneHint', icon: Smartphone },
  { value: 'tablet', label: 'preview.tablet', hint: 'preview.tabletHint', icon: Tablet },
  { value: 'desktop', label: 'preview.desktop', hint: 'preview.desktopHint', icon: Monitor },
];

/** Largest stylesheet file accepted (the blog's own CSS is far smaller). */
const MAX_CSS_BYTES = 5_000_000;

/**
 * Returns the preview's toolbar: the view toggle and the width presets as icon buttons (named,
 * with tooltips), and the blog stylesheet's inputs behind `Stylesheet`.
 */
export function PreviewToolbar({ settings, onChange }: PreviewToolbarProps) {
  const t = useT();
  const { stylesheet } = settings;
  const storedUrl = stylesheet.kind === 'url' ? stylesheet.url : '';
  const [url, setUrl] = useState(storedUrl);
  // The stylesheet may change from outside (a backup restored): the field then shows the new one.
  const [shownUrl, setShownUrl] = useState(storedUrl);
  if (shownUrl !== storedUrl) {
    setShownUrl(storedUrl);
    setUrl(storedUrl);
  }
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const urlInvalid = url.trim() !== '' && !isStylesheetUrl(url);

  const commitUrl = () => {
    const trimmed = url.trim();
    if (trimmed === '' && stylesheet.kind === 'url')
      onChange({ ...settings, stylesheet: { kind: 'none' } });
    else if (
      isStylesheetUrl(trimmed) &&
      !(stylesheet.kind === 'url' && stylesheet.url === trimmed)
    ) {
      onChange({ ...settings, stylesheet: { kind: 'url', url: trimmed } });
    }
  };
  const onUrlKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commitUrl();
  };
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_CSS_BYTES) {
      setFileProblem(t('preview.cssTooLarge', { name: file.name }));
      return;
    }
    setFileProblem(null);
    setUrl('');
    onChange({
      ...settings,
      stylesheet: { kind: 'file', name: file.name, css: await file.text() },
    });
  };
  const clear = () => {
    setUrl('');
    setFileProblem(null);
    onChange({ ...settings, stylesheet: { kind: 'none' } });
  };

  return (
    <div className="preview-toolbar" role="toolbar" aria-label={t('preview.options')}>
      <div className="preview-toolbar-group" role="group" aria-label={t('preview.view')}>
        {VIEWS.map(({ value, name, icon: Icon }) => (
          <button
            key={value}
            type="button"
            className="icon-button"
            aria-label={t(name)}
            data-tip={t(name)}
            aria-pressed={settings.view === value}
            onClick={() => onChange({ ...settings, view: value })}
          >
            <Icon size={16} aria-hidden />
          </button>
        ))}
      </div>
      <div className="preview-toolbar-group" role="group" aria-label={t('preview.width')}>
        {WIDTHS.map(({ value, label, hint, icon: Icon }) => (
          <button
            key={value}
            type="button"
            className="icon-button"
            aria-label={t(label)}
            aria-description={t(hint)}
            data-tip={`${t(label)} · ${t(hint)}`}
            aria-pressed={settings.width === value}
            onClick={() => onChange({ ...settings, width: value })}
          >
            <Icon size={16} aria-hidden />
          </button>
        ))}
      </div>
      <details className="preview-stylesheet">
        <summary>
          <Palette size={16} aria-hidden />
          {t('preview.stylesheet')}
          {stylesheet.kind !== 'none' && <span className="preview-stylesheet-on" aria-hidden />}
        </summary>
        <div className="preview-stylesheet-panel">
          <label>
            <span>{t('preview.stylesheetUrl')}</span>
            <input
              type="url"
              placeholder="https://blog.example.org/css/main.css"
              value={url}
              aria-invalid={urlInvalid}
              onChange={(e) => setUrl(e.target.value)}
              onBlur={commitUrl}
              onKeyDown={onUrlKey}
            />
          </label>
          <label>
            <span>{t('preview.stylesheetFile')}</span>
            <input type="file" accept=".css,text/css" onChange={onFile} />
          </label>
          {stylesheet.kind !== 'none' && (
            <button type="button" onClick={clear} title={t('preview.defaultLook')}>
              {stylesheet.kind === 'file'
                ? t('preview.removeFile', { name: stylesheet.name })
                : t('preview.removeStylesheet')}
            </button>
          )}
          {(urlInvalid || fileProblem) && (
            <span className="preview-toolbar-hint" role="note">
              {fileProblem ?? t('preview.httpOnly')}
            </span>
          )}
        </div>
      </details>
    </div>
  );
}
