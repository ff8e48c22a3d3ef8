import { describedBy, FieldShell } from './field-shell';
import { useDraftValue } from './use-draft-value';
import { issuesAt, type WidgetProps } from './widget-props';
import { FieldControl } from './field-control';
import { fieldLabel, isRequired, listItems } from '../../core/schema';
import { useT } from '../../i18n/i18n';

/**
 * Returns a comma-separated input for a list of strings (as Decap's list widget without fields).
 * A post that wrote a single string keeps a single string while it has one item.
 */
export function StringListWidget({ id, field, path, value, issues, disabled, onSet }: WidgetProps) {
  const t = useT();
  const [text, change] = useDraftValue<string[]>(
    listItems(value),
    (items) => items.join(', '),
    (t) =>
      t
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    (items) => {
      if (typeof value === 'string' && items.length === 1) onSet(path, items[0], true);
      else if (items.length === 0 && (value === null || value === undefined)) return;
      else onSet(path, items, true);
    },
  );
  return (
    <FieldShell
      id={id}
      label={fieldLabel(field)}
      hint={field.hint ?? t('form.listHint')}
      issues={issues}
      required={isRequired(field)}
    >
      <input
        id={id}
        type="text"
        value={text}
        disabled={disabled}
        onChange={(e) => change(e.target.value)}
        {...describedBy(id, field.hint ?? 'x', issues, isRequired(field))}
      />
    </FieldShell>
  );
}

/** Returns the items of a list of objects (e.g. images with captions), each with its fields. */
export function ObjectListWidget(props: WidgetProps) {
  const { id, field, path, value, issues, disabled, onSet } = props;
  const t = useT();
  const items = Array.isArray(value) ? value : [];
  const singular = field.label_singular ?? fieldLabel(field);
  const empty = () =>
    Object.fromEntries((field.fields ?? []).map((f) => [f.name, f.default ?? '']));
  return (
    <FieldShell
      id={id}
      label={fieldLabel(field)}
      hint={field.hint}
      issues={issues.filter((i) => i.path.length === path.length)}
      required={isRequired(field)}
      group
    >
      {items.map((item, index) => (
        <fieldset key={index} className="list-item">
          <legend>{t('form.item', { label: singular, n: index + 1 })}</legend>
          {(field.fields ?? []).map((sub) => {
            const subPath = [...path, index, sub.name];
            const record =
              item && typeof item === 'object' ? (item as Record<string, unknown>) : {};
            return (
              <FieldControl
                key={sub.name}
                id={`${id}-${index}-${sub.name}`}
                field={sub}
                path={subPath}
                value={record[sub.name]}
                issues={issuesAt(issues, subPath)}
                disabled={disabled}
                onSet={onSet}
                rawAt={props.rawAt}
              />
            );
          })}
          <button
            type="button"
            className="small"
            disabled={disabled}
            onClick={() =>
              onSet(path, items.length === 1 ? [] : items.filter((_, k) => k !== index))
            }
          >
            {t('form.removeItem', { label: singular.toLowerCase(), n: index + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="small"
        disabled={disabled}
        onClick={() =>
          onSet(items.length ? [...path, items.length] : path, items.length ? empty() : [empty()])
        }
      >
        {t('form.addItem', { label: singular.toLowerCase() })}
      </button>
    </FieldShell>
  );
}
