import { scalarText } from '../../core/post-data';
import { describedBy, FieldShell } from './field-shell';
import { shellOf, type WidgetProps } from './widget-props';
import { isRequired } from '../../core/schema';
import { fromDateTimeLocalValue, parseJekyllDate, toDateTimeLocalValue } from '../../core/dates';
import { useT } from '../../i18n/i18n';

/**
 * Returns a date-time picker showing the date in the offset it was written in; a picked date is
 * written back in the same format and offset. A value that is not a readable date is edited as
 * text, so nothing the writer typed is lost.
 */
export function DateWidget({ id, field, path, value, issues, disabled, onSet }: WidgetProps) {
  const t = useT();
  const written = scalarText(value);
  const parsed = parseJekyllDate(written);
  const dateOnly = field.widget === 'date';
  const common = {
    id,
    disabled,
    ...describedBy(id, field.hint, issues, isRequired(field)),
  };
  let control;
  if (parsed || written === '') {
    const local = toDateTimeLocalValue(written);
    control = (
      <span className="date-control">
        <input
          {...common}
          type={dateOnly ? 'date' : 'datetime-local'}
          step={dateOnly ? undefined : 1}
          value={dateOnly ? local.slice(0, 10) : local}
          onChange={(e) => {
            const picked = dateOnly ? `${e.target.value}T00:00` : e.target.value;
            const offset = -new Date().getTimezoneOffset();
            const next = fromDateTimeLocalValue(picked, written, dateOnly ? undefined : offset);
            if (next !== null) onSet(path, next);
          }}
        />
        {parsed?.offset && (
          <span className="date-offset" title={t('form.offset')}>
            {parsed.offset}
          </span>
        )}
      </span>
    );
  } else {
    control = (
      <input
        {...common}
        type="text"
        value={written}
        onChange={(e) => onSet(path, e.target.value, true)}
      />
    );
  }
  return <FieldShell {...shellOf({ id, field, issues })}>{control}</FieldShell>;
}
