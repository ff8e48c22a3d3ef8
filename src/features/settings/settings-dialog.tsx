import { useRef, useState } from 'react';
import type { AppSettings } from './settings-store';
import type { CollectionChoice } from './use-collection';

interface SettingsDialogProps {
  settings: AppSettings;
  choice: CollectionChoice;
  onChange: (settings: AppSettings) => void;
}

/** Returns the Settings button and its dialog: the blog's address and its Decap schema. */
export function SettingsDialog({ settings, choice, onChange }: SettingsDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const loadConfig = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > 1_000_000) {
      setReadError(`"${file.name}" is larger than 1 MB; a Decap config.yml is much smaller.`);
      return;
    }
    setReadError(null);
    onChange({ ...settings, decapConfig: await file.text(), collection: null });
  };
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        Settings
      </button>
      <dialog ref={dialog} className="settings-dialog" aria-labelledby="settings-title">
        <h2 id="settings-title">Settings</h2>
        <div className="field">
          <label htmlFor="settings-site-url">Site URL</label>
          <input
            id="settings-site-url"
            type="url"
            placeholder="https://ciudadanointeligente.org/"
            value={settings.siteUrl}
            onChange={(e) => onChange({ ...settings, siteUrl: e.target.value })}
          />
          <p className="field-hint">The preview resolves the post's relative links against it.</p>
        </div>
        <div className="field">
          <label htmlFor="settings-config">Decap config.yml</label>
          <input
            id="settings-config"
            type="file"
            accept=".yml,.yaml,text/yaml"
            onChange={(e) => void loadConfig(e.target.files?.[0])}
          />
          <p className="field-hint">
            {settings.decapConfig
              ? `Using the loaded config: collection "${choice.collection.label}".`
              : "Using Pluma's built-in schema for the blog's posts."}
          </p>
        </div>
        {choice.collections.length > 1 && (
          <div className="field">
            <label htmlFor="settings-collection">Collection</label>
            <select
              id="settings-collection"
              value={choice.collection.name}
              onChange={(e) => onChange({ ...settings, collection: e.target.value })}
            >
              {choice.collections.map((c) => (
                <option key={c.name} value={c.name}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
        )}
        {(readError || choice.errors.length > 0) && (
          <div role="alert" className="form-errors">
            {readError && <p>{readError}</p>}
            {choice.errors.map((e) => (
              <p key={e}>{e}</p>
            ))}
          </div>
        )}
        {choice.notices.length > 0 && (
          <ul className="notices" aria-label="Schema notices">
            {choice.notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
        <div className="dialog-actions">
          {settings.decapConfig && (
            <button
              type="button"
              onClick={() => onChange({ ...settings, decapConfig: null, collection: null })}
            >
              Use the built-in schema
            </button>
          )}
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
      </dialog>
    </>
  );
}
