import { ModalDialog } from '../../components/modal-dialog';
import { useT } from '../../i18n/i18n';
import { LanguageSwitcher } from '../../i18n/language-switcher';
import type { SettingsDialogProps } from './settings-dialog';
import { SettingRow } from './setting-row';
import { TimeZoneField } from './time-zone-field';

interface SettingsFormProps extends SettingsDialogProps {
  /** Why the last chosen Decap config was not read, or null. */
  readError: string | null;
  loadConfig: (file: File | undefined) => void;
  open: boolean;
  onClose: () => void;
}

/**
 * Returns the Settings dialog (loaded when it first opens): the UI's language, the blog's
 * address, its Decap schema and the time zone of new posts.
 */
export function SettingsForm(props: SettingsFormProps) {
  const { settings, choice, offsetAt, onChange, readError, loadConfig, open, onClose } = props;
  const t = useT();
  return (
    <ModalDialog
      open={open}
      title={t('settings.title')}
      onClose={onClose}
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
          onChange={(e) => loadConfig(e.target.files?.[0])}
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
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
