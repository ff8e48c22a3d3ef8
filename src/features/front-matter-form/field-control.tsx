import { scalarText } from '../../core/post-data';
import { BooleanWidget, SelectWidget } from './choice-widgets';
import { DateWidget } from './date-widget';
import { ObjectListWidget, StringListWidget } from './list-widgets';
import { ObjectWidget } from './object-widget';
import { RawWidget } from './raw-widget';
import { NumberWidget, TextWidget } from './text-widgets';
import type { WidgetProps } from './widget-props';
import { fieldLabel } from '../../core/schema';
import { useT } from '../../i18n/i18n';

const SCALAR_WIDGETS = [
  'string',
  'text',
  'image',
  'number',
  'boolean',
  'select',
  'datetime',
  'date',
];

/**
 * Returns the form control for one schema field, chosen by its widget. A locked field never shows
 * a group or list that broken YAML read where one value belongs (`caption: créditos: …`).
 */
export function FieldControl(given: WidgetProps) {
  const misread =
    given.disabled &&
    SCALAR_WIDGETS.includes(given.field.widget) &&
    !(given.field.widget === 'select' && given.field.multiple) &&
    typeof given.value === 'object' &&
    given.value !== null;
  const props = misread ? { ...given, value: undefined } : given;
  const { field } = props;
  const t = useT();
  switch (field.widget) {
    case 'hidden':
    case 'markdown':
      return null;
    case 'string':
    case 'text':
    case 'image':
      return <TextWidget {...props} />;
    case 'number':
      return <NumberWidget {...props} />;
    case 'boolean':
      return <BooleanWidget {...props} />;
    case 'select':
      return <SelectWidget {...props} />;
    case 'datetime':
    case 'date':
      return <DateWidget {...props} />;
    case 'object':
      return <ObjectWidget {...props} />;
    case 'list':
      if (field.fields) return <ObjectListWidget {...props} />;
      if (!field.field || ['string', 'text'].includes(field.field.widget)) {
        return <StringListWidget {...props} />;
      }
      return <ReadOnlyValue {...props} />;
    case 'raw': {
      const { source, replace } = props.rawAt(props.path);
      return (
        <RawWidget
          id={props.id}
          label={fieldLabel(field)}
          source={source}
          hint={[
            field.hint,
            field.source_widget
              ? t('form.rawWidget', { widget: field.source_widget })
              : t('form.rawWidgetUnknown'),
          ]
            .filter(Boolean)
            .join(' ')}
          issues={props.issues}
          disabled={props.disabled}
          onReplace={replace}
        />
      );
    }
    default:
      return <ReadOnlyValue {...props} />;
  }
}

/** Returns a value the form cannot edit in place; it is edited in the Markdown editor. */
function ReadOnlyValue({ id, field, value }: WidgetProps) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={id}>{fieldLabel(field)}</label>
      <input id={id} type="text" readOnly value={scalarText(value)} />
      <p className="field-hint">{t('form.readOnly')}</p>
    </div>
  );
}
