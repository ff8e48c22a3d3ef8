import type { ReactNode } from 'react';
import { FieldNotes } from './field-notes';
import type { FieldIssue } from './widget-props';
import { useT } from '../../i18n/i18n';

interface FieldShellProps {
  id: string;
  label: string;
  hint?: string;
  issues: FieldIssue[];
  required: boolean;
  children: ReactNode;
  /** Set for widgets whose control is not a single labelled input (lists, objects). */
  group?: boolean;
}

/** Returns a field's label, control, hint and inline problems, tied together for screen readers. */
export function FieldShell({
  id,
  label,
  hint,
  issues,
  required,
  children,
  group,
}: FieldShellProps) {
  const t = useT();
  const describe = <FieldNotes id={id} hint={hint} issues={issues} />;
  if (group) {
    return (
      <fieldset className="field field-group">
        <legend>
          {label}
          {required && <span aria-hidden="true"> *</span>}
        </legend>
        {children}
        {describe}
      </fieldset>
    );
  }
  return (
    <div className="field">
      <span className="field-head">
        <label htmlFor={id}>{label}</label>
        {required && (
          <span className="required-mark" title={t('form.required')} aria-hidden="true">
            *
          </span>
        )}
      </span>
      {children}
      {describe}
    </div>
  );
}

/** Returns the aria attributes that tie a control to its hint and problems. */
export function describedBy(
  id: string,
  hint: string | undefined,
  issues: FieldIssue[],
  required = false,
) {
  const ids = [hint ? `${id}-hint` : null, ...issues.map((_, i) => `${id}-issue-${i}`)];
  const list = ids.filter(Boolean).join(' ');
  return {
    'aria-describedby': list || undefined,
    'aria-invalid': issues.some((i) => i.severity === 'error') || undefined,
    'aria-required': required || undefined,
  };
}
