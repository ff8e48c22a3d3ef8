import { Suspense, lazy, useState } from 'react';
import { Settings } from 'lucide-react';
import { useT } from '../../i18n/i18n';
import type { AppSettings } from './settings-store';
import type { OffsetAt } from './use-new-post-offset';
import type { CollectionChoice } from './use-collection';

// The dialog's code loads when it first opens.
const SettingsForm = lazy(() =>
  import('./settings-form').then((m) => ({ default: m.SettingsForm })),
);

export interface SettingsDialogProps {
  settings: AppSettings;
  choice: CollectionChoice;
  /** How new posts are dated (from `useNewPostOffset`). */
  offsetAt: OffsetAt;
  /** Applies and stores a change of some settings. */
  onChange: (change: Partial<AppSettings>) => void;
}

/**
 * Returns the Settings button and its dialog: the UI's language, the blog's address, its Decap
 * schema and the time zone of new posts (settings-form.tsx).
 */
export function SettingsDialog(props: SettingsDialogProps) {
  const { onChange } = props;
  const t = useT();
  const [open, setOpen] = useState(false);
  // Once opened, it stays in the page while closed, as its fields do.
  const [opened, setOpened] = useState(false);
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
      <button
        type="button"
        className="button-quiet"
        onClick={() => {
          setOpened(true);
          setOpen(true);
        }}
      >
        <Settings size={16} aria-hidden />
        <span className="button-text">{t('settings.open')}</span>
      </button>
      {opened && (
        <Suspense fallback={null}>
          <SettingsForm
            {...props}
            open={open}
            readError={readError}
            loadConfig={(file) => void loadConfig(file)}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </>
  );
}
