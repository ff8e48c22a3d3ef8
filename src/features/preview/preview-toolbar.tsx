import { useState, type ChangeEvent, type KeyboardEvent } from 'react';
import type { PreviewSettings, PreviewView, PreviewWidth } from './preview-settings';
import { isStylesheetUrl } from './stylesheet';

interface PreviewToolbarProps {
  settings: PreviewSettings;
  onChange: (settings: PreviewSettings) => void;
}

const VIEWS: { value: PreviewView; label: string; name: string }[] = [
  { value: 'post', label: 'Post', name: 'Post view' },
  { value: 'card', label: 'Card', name: 'Card view' },
];

const WIDTHS: { value: PreviewWidth; label: string; hint: string }[] = [
  { value: 'phone', label: 'Phone', hint: '375 px wide' },
  { value: 'tablet', label: 'Tablet', hint: '768 px wide' },
  { value: 'desktop', label: 'Desktop', hint: 'Full width' },
];

/** Largest stylesheet file accepted (the blog's own CSS is far smaller). */
const MAX_CSS_BYTES = 5_000_000;

/** Returns the preview's toolbar: view toggle, width presets and the blog stylesheet inputs. */
export function PreviewToolbar({ settings, onChange }: PreviewToolbarProps) {
  const { stylesheet } = settings;
  const [url, setUrl] = useState(stylesheet.kind === 'url' ? stylesheet.url : '');
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
      setFileProblem(`${file.name} is too large to be a stylesheet.`);
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
    <div className="preview-toolbar" role="toolbar" aria-label="Preview options">
      <div className="preview-toolbar-group" role="group" aria-label="View">
        {VIEWS.map((v) => (
          <button
            key={v.value}
            type="button"
            aria-label={v.name}
            aria-pressed={settings.view === v.value}
            onClick={() => onChange({ ...settings, view: v.value })}
          >
            {v.label}
          </button>
        ))}
      </div>
      <div className="preview-toolbar-group" role="group" aria-label="Width">
        {WIDTHS.map((w) => (
          <button
            key={w.value}
            type="button"
            title={w.hint}
            aria-pressed={settings.width === w.value}
            onClick={() => onChange({ ...settings, width: w.value })}
          >
            {w.label}
          </button>
        ))}
      </div>
      <div className="preview-toolbar-group preview-stylesheet">
        <label>
          <span>Stylesheet URL</span>
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
          <span>Stylesheet file</span>
          <input type="file" accept=".css,text/css" onChange={onFile} />
        </label>
        {stylesheet.kind !== 'none' && (
          <button type="button" onClick={clear} title="Use Pluma's default look">
            {stylesheet.kind === 'file' ? `Remove ${stylesheet.name}` : 'Remove stylesheet'}
          </button>
        )}
        {(urlInvalid || fileProblem) && (
          <span className="preview-toolbar-hint" role="note">
            {fileProblem ?? 'Use an http(s) address.'}
          </span>
        )}
      </div>
    </div>
  );
}
