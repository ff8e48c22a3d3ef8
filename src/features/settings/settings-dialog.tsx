import { useState } from 'react';
import { Settings } from 'lucide-react';
import { ModalDialog } from '../../components/modal-dialog';
import { useT } from '../../i18n/i18n';
import { LanguageSwitcher } from '../../i18n/language-switcher';
import type { AppSettings } from './settings-store';
import { SettingRow } from './setting-row';
import { TimeZoneField } from './time-zone-field';
import type { OffsetAt } from './use-new-post-offset';
import type { CollectionChoice } from './use-collection';

interface SettingsDialogProps {
  settings: AppSettings;
  choice: CollectionChoice;
  /** How new posts are dated (from `useNewPostOffset`). */
  offsetAt: OffsetAt;
  /** Applies and stores a change of some settings. */
  onChange: (change: Partial<AppSettings>) => void;
}

/**
 * Returns the Settings button and its dialog: the UI's language, the blog's address, its Decap
 * schema and the time zone of new posts.
 */
export function SettingsDialog({ settings, choice, offsetAt, onChange }: SettingsDialogProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [readError, setReadError] = useState<string | null>(null);
  const loadConfig = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > 1_000_000) {
      setReadError(t('settings.tooLarge', { name: file.name }));
      return;
    }
    setReadError(null);
    onChange({ decapConfig: await file.text(), collection: null });
  };
  return (
    <>
      <button type="button" className="button-quiet" onClick={() => setOpen(true)}>
        <Settings size={16} aria-hidden />
        <span className="button-text">{t('settings.open')}</span>
      </button>
      <ModalDialog
        open={open}
        title={t('settings.title')}
        onClose={() => setOpen(false)}
        className="settings-dialog"
      >
        <div className="field">
          <LanguageSwitcher />
        </div>
        <SettingRow
          id="settings-site-url"
          label={t('settings.siteUrl')}
          hint={t('settings.siteUrlHint')}
        >
          <input
            id="settings-site-url"
            type="url"
            placeholder="https://ciudadanointeligente.org/"
            value={settings.siteUrl}
            onChange={(e) => onChange({ siteUrl: e.target.value })}
          />
        </SettingRow>
        <SettingRow
          id="settings-config"
          label={t('settings.config')}
          hint={
            settings.decapConfig
              ? t('settings.usingLoaded', { label: choice.collection.label })
              : t('settings.usingBuiltIn')
          }
        >
          <input
            id="settings-config"
            type="file"
            accept=".yml,.yaml,text/yaml"
            onChange={(e) => void loadConfig(e.target.files?.[0])}
          />
        </SettingRow>
        {choice.collections.length > 1 && (
          <SettingRow id="settings-collection" label={t('settings.collection')}>
            <select
              id="settings-collection"
              value={choice.collection.name}
              onChange={(e) => onChange({ collection: e.target.value })}
            >
              {choice.collections.map((c) => (
                <option key={c.name} value={c.name}>
                  {c.label}
                </option>
              ))}
            </select>
          </SettingRow>
        )}
        <TimeZoneField
          value={settings.timeZone}
          offsetAt={offsetAt}
          onChange={(timeZone) => onChange({ timeZone })}
        />
        {(readError || choice.errors.length > 0) && (
          <div role="alert" className="form-errors">
            {readError && <p>{readError}</p>}
            {choice.errors.map((e) => (
              <p key={e}>{e}</p>
            ))}
          </div>
        )}
        {choice.notices.length > 0 && (
          <ul className="notices" aria-label={t('settings.notices')}>
            {choice.notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
        <div className="dialog-actions">
          {settings.decapConfig && (
            <button type="button" onClick={() => onChange({ decapConfig: null, collection: null })}>
              {t('settings.useBuiltIn')}
            </button>
          )}
          <button type="button" onClick={() => setOpen(false)}>
            {t('common.close')}
          </button>
        </div>
      </ModalDialog>
    </>
  );
}
