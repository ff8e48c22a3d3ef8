import { FieldShell } from './field-shell';
import { issuesAt, type WidgetProps } from './widget-props';
import { FieldControl } from './field-control';
import { fieldLabel, isRequired } from '../../core/schema';

/** Returns the fields of an object value, grouped under the object's label. */
export function ObjectWidget(props: WidgetProps) {
  const { id, field, path, value, issues, disabled, onSet, rawAt } = props;
  const record = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  return (
    <FieldShell
      id={id}
      label={fieldLabel(field)}
      hint={field.hint}
      issues={[]}
      required={isRequired(field)}
      group
    >
      {(field.fields ?? []).map((sub) => (
        <FieldControl
          key={sub.name}
          id={`${id}-${sub.name}`}
          field={sub}
          path={[...path, sub.name]}
          value={record[sub.name]}
          issues={issuesAt(issues, [...path, sub.name])}
          disabled={disabled}
          onSet={onSet}
          rawAt={rawAt}
        />
      ))}
    </FieldShell>
  );
}
