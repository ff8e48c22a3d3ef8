import { scalarText } from '../../core/post-data';
import { describedBy, FieldShell } from './field-shell';
import { useDraftValue } from './use-draft-value';
import { shellOf, type WidgetProps } from './widget-props';
import { isRequired } from '../../core/schema';

/** Returns a one-line (`string`, `image`) or multi-line (`text`) input for a string value. */
export function TextWidget({ id, field, path, value, issues, disabled, onSet }: WidgetProps) {
  const [text, change] = useDraftValue<unknown>(
    value,
    scalarText,
    (t) => (t === '' && (value === null || value === undefined) ? value : t),
    (v) => onSet(path, v, true),
  );
  const common = {
    id,
    value: text,
    disabled,
    onChange: (e: { target: { value: string } }) => change(e.target.value),
    ...describedBy(id, field.hint, issues, isRequired(field)),
  };
  return (
    <FieldShell {...shellOf({ id, field, issues })}>
      {field.widget === 'text' ? (
        <textarea rows={3} {...common} />
      ) : (
        <input type={field.widget === 'image' ? 'url' : 'text'} {...common} />
      )}
    </FieldShell>
  );
}

/** Returns a number input that keeps what is typed until it reads as a number. */
export function NumberWidget({ id, field, path, value, issues, disabled, onSet }: WidgetProps) {
  const [text, change] = useDraftValue<unknown>(
    value,
    scalarText,
    (t) => {
      if (t.trim() === '') return null;
      const n = field.value_type === 'int' ? parseInt(t, 10) : Number(t);
      return Number.isFinite(n) && String(n) === t.trim() ? n : value;
    },
    (v) => onSet(path, v, true),
  );
  return (
    <FieldShell {...shellOf({ id, field, issues })}>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={text}
        disabled={disabled}
        onChange={(e) => change(e.target.value)}
        {...describedBy(id, field.hint, issues, isRequired(field))}
      />
    </FieldShell>
  );
}
