import { scalarText } from '../../core/post-data';
import { describedBy, FieldShell } from './field-shell';
import { FieldNotes } from './field-notes';
import { shellOf, type WidgetProps } from './widget-props';
import { fieldLabel, isRequired, selectOptions } from '../../core/schema';

/** Returns a checkbox for a boolean value. */
export function BooleanWidget({ id, field, path, value, issues, disabled, onSet }: WidgetProps) {
  const checked = value === true || (value === undefined && field.default === true);
  return (
    <div className="field field-boolean">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onSet(path, e.target.checked)}
        {...describedBy(id, field.hint, issues, isRequired(field))}
      />
      <label htmlFor={id}>{fieldLabel(field)}</label>
      <FieldNotes id={id} hint={field.hint} issues={issues} />
    </div>
  );
}

/** Returns a select (one value, or several with `multiple`) of the field's options. */
export function SelectWidget({ id, field, path, value, issues, disabled, onSet }: WidgetProps) {
  const options = selectOptions(field);
  const current = Array.isArray(value) ? value.map(scalarText) : [scalarText(value)];
  const known = new Set(options.map((o) => String(o.value)));
  const pick = (keys: string[]) =>
    keys.map((k) => options.find((o) => String(o.value) === k)?.value ?? k);
  return (
    <FieldShell {...shellOf({ id, field, issues })}>
      <select
        id={id}
        multiple={field.multiple}
        disabled={disabled}
        value={field.multiple ? current : current[0]}
        onChange={(e) => {
          const keys = Array.from(e.target.selectedOptions, (o) => o.value);
          const picked = pick(keys);
          onSet(path, field.multiple ? picked : picked[0] === '' ? null : picked[0]);
        }}
        {...describedBy(id, field.hint, issues, isRequired(field))}
      >
        {!field.multiple && <option value="">—</option>}
        {current
          .filter((c) => c !== '' && !known.has(c))
          .map((c) => (
            <option key={`x-${c}`} value={c}>
              {c}
            </option>
          ))}
        {options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
