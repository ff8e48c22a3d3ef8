import { useState } from 'react';
import { useLang, useT } from '../../i18n/i18n';
import { errorText } from '../../i18n/translate';
import { saveToHandle } from './blog-folder';

interface SaveToFileButtonProps {
  /** The file the open draft came from (Open blog folder). */
  handle: FileSystemFileHandle;
  /** Returns the editor's latest text, read when the button is pressed. */
  getText: () => string;
}

/** Returns `Save to file`: writes the editor's text back to the post's file in the blog folder. */
export function SaveToFileButton({ handle, getText }: SaveToFileButtonProps) {
  const t = useT();
  const lang = useLang();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const save = async () => {
    try {
      await saveToHandle(handle, getText());
      setResult({ ok: true, message: t('folder.savedTo', { name: handle.name }) });
    } catch (err) {
      const error = errorText(lang, err);
      setResult({ ok: false, message: t('folder.saveFailed', { name: handle.name, error }) });
    }
  };
  return (
    <span className="ie-folder">
      <button type="button" onClick={() => void save()}>
        {t('folder.save')}
      </button>
      {result && <span role={result.ok ? 'status' : 'alert'}>{result.message}</span>}
    </span>
  );
}
