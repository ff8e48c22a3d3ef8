import { useState, type ChangeEvent, type KeyboardEvent } from 'react';
import type { PreviewSettings, PreviewView, PreviewWidth } from './preview-settings';
import { useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages-en';
import { isStylesheetUrl } from './stylesheet';

interface PreviewToolbarProps {
  settings: PreviewSettings;
  onChange: (settings: PreviewSettings) => void;
}

const VIEWS: { value: PreviewView; label: MessageKey; name: MessageKey }[] = [
  { value: 'post', label: 'preview.post', name: 'preview.postView' },
  { value: 'card', label: 'preview.card', name: 'preview.cardView' },
];

const WIDTHS: { value: PreviewWidth; label: MessageKey; hint: MessageKey }[] = [
  { value: 'phone', label: 'preview.phone', hint: 'preview.phoneHint' },
  { value: 'tablet', label: 'preview.tablet', hint: 'preview.tabletHint' },
  { value: 'desktop', label: 'preview.desktop', hint: 'preview.desktopHint' },
];

/** Largest stylesheet file accepted (the blog's own CSS is far smaller). */
const MAX_CSS_BYTES = 5_000_000;

/** Returns the preview's toolbar: view toggle, width presets and the blog stylesheet inputs. */
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
        {VIEWS.map((v) => (
          <button
            key={v.value}
            type="button"
            aria-label={t(v.name)}
            aria-pressed={settings.view === v.value}
            onClick={() => onChange({ ...settings, view: v.value })}
          >
            {t(v.label)}
          </button>
        ))}
      </div>
      <div className="preview-toolbar-group" role="group" aria-label={t('preview.width')}>
        {WIDTHS.map((w) => (
          <button
            key={w.value}
            type="button"
            title={t(w.hint)}
            aria-pressed={settings.width === w.value}
            onClick={() => onChange({ ...settings, width: w.value })}
          >
            {t(w.label)}
          </button>
        ))}
      </div>
      <div className="preview-toolbar-group preview-stylesheet">
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
    </div>
  );
}
