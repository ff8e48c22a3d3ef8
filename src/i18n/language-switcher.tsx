import { useId } from 'react';
import { useI18n } from './i18n';
import { LANGS } from './translate';
import type { Lang } from './translate';

/**
 * Returns the language switch: a select labelled `Language` / `Idioma` offering `Español` and
 * `English`, each named in its own language. The choice applies at once and is remembered.
 */
export function LanguageSwitcher({ className }: { className?: string }) {
  const { lang, t, setLang } = useI18n();
  const id = useId();
  return (
    <span className={className ?? 'language-switcher'}>
      <label htmlFor={id}>{t('lang.label')}</label>
      <select id={id} value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`lang.${l}`)}
          </option>
        ))}
      </select>
    </span>
  );
}
