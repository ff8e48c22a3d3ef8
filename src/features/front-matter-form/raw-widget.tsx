import { useState } from 'react';
import { describedBy, FieldShell } from './field-shell';
import type { FieldIssue } from './widget-props';

interface RawWidgetProps {
  id: string;
  label: string;
  /** The value's YAML exactly as the file holds it, or null when it cannot be located. */
  source: string | null;
  hint?: string;
  issues: FieldIssue[];
  disabled: boolean;
  /** Replaces the value's text in the file with `text`, as typed. */
  onReplace: (text: string) => void;
}

/**
 * Returns a text area with a value's YAML as written, for keys the schema does not describe.
 * What the writer types replaces exactly that text when the area loses focus, so the file keeps
 * every byte the writer did not change.
 */
export function RawWidget({
  id,
  label,
  source,
  hint,
  issues,
  disabled,
  onReplace,
}: RawWidgetProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? source ?? '';
  const commit = () => {
    if (draft !== null && draft !== source) onReplace(draft);
    setDraft(null);
  };
  return (
    <FieldShell id={id} label={label} hint={hint} issues={issues} required={false}>
      <textarea
        id={id}
        className="raw-yaml"
        data-own-undo
        rows={Math.min(8, shown.split('\n').length)}
        spellCheck={false}
        value={shown}
        disabled={disabled || source === null}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        {...describedBy(id, hint, issues)}
      />
    </FieldShell>
  );
}
