import { useId } from 'react';
import { formatOffset } from '../../core/dates';
import { parseOffset, timeZoneOffsetAt } from '../../core/time-zone';
import type { OffsetChoice } from '../../core/time-zone';
import { useT } from '../../i18n/i18n';
import type { TFunction } from '../../i18n/translate';
import type { OffsetAt } from './use-new-post-offset';

interface TimeZoneFieldProps {
  /** The zone as the writer typed it, or null for automatic. */
  value: string | null;
  offsetAt: OffsetAt;
  onChange: (value: string | null) => void;
}

/** Returns where an automatically chosen offset came from, as a person reads it. */
function sourceOf(choice: OffsetChoice, t: TFunction): string {
  if (choice.source === 'site') {
    return t('settings.timeZoneSite', { zone: choice.zone ?? formatOffset(choice.minutes) });
  }
  return choice.source === 'drafts' ? t('settings.timeZoneDrafts') : t('settings.timeZoneComputer');
}

/**
 * Returns the `Time zone of new posts` field: empty for automatic (it then says which offset
 * was detected and from where), or an offset or zone name the writer typed, checked as typed.
 */
export function TimeZoneField({ value, offsetAt, onChange }: TimeZoneFieldProps) {
  const t = useT();
  const id = useId();
  const now = new Date();
  const detected = offsetAt(now, true);
  const auto = formatOffset(detected.minutes);
  const typed = value ?? '';
  const chosen = typed.trim() ? timeZoneOffsetAt(typed, now) : null;
  const invalid = typed.trim() !== '' && chosen === null;
  let status = t('settings.timeZoneAuto', { offset: auto, source: sourceOf(detected, t) });
  if (invalid) status = t('settings.timeZoneInvalid', { offset: auto });
  else if (chosen !== null && parseOffset(typed) !== null) {
    status = t('settings.timeZoneUsing', { offset: formatOffset(chosen) });
  } else if (chosen !== null) {
    status = t('settings.timeZoneUsingZone', { offset: formatOffset(chosen), zone: typed.trim() });
  }
  return (
    <div className="field">
      <label htmlFor={id}>{t('settings.timeZone')}</label>
      <input
        id={id}
        type="text"
        value={typed}
        placeholder={auto}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={invalid}
        aria-describedby={`${id}-status ${id}-hint`}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
      />
      <p id={`${id}-status`} className="field-hint" aria-live="polite">
        {status}
      </p>
      <p id={`${id}-hint`} className="field-hint">
        {t('settings.timeZoneHint')}
      </p>
    </div>
  );
}
