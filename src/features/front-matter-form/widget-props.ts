import { fieldLabel, isRequired, type Field } from '../../core/schema';
import type { Issue } from '../../core/validate';

/** A path into the front matter, as `setField` takes it. */
export type FieldPath = (string | number)[];

/** A note shown beside a field: a validation issue, or why broken YAML locks the field. */
export interface FieldIssue {
  path: FieldPath;
  severity: Issue['severity'] | 'locked';
  message: string;
}

/**
 * Sets the value at a path. `typed` marks an edit typed into a text box, which joins the typing
 * before it in one undo step, as typing in the editor does.
 */
export type SetField = (path: FieldPath, value: unknown, typed?: boolean) => void;

/** What every form widget receives. */
export interface WidgetProps {
  id: string;
  field: Field;
  path: FieldPath;
  value: unknown;
  issues: FieldIssue[];
  disabled: boolean;
  onSet: SetField;
  /** The YAML text of the value at a path as written, and how to replace it (raw fields). */
  rawAt: (path: FieldPath) => { source: string | null; replace: (text: string) => void };
}

/** Returns the issues whose path starts with `path`. */
export function issuesAt<T extends { path: FieldPath }>(issues: T[], path: FieldPath): T[] {
  return issues.filter(
    (i) => i.path.length >= path.length && path.every((p, k) => i.path[k] === p),
  );
}

/** Returns the props of a widget's `FieldShell`: its id, label, hint, problems and whether required. */
export function shellOf({ id, field, issues }: Pick<WidgetProps, 'id' | 'field' | 'issues'>) {
  return { id, label: fieldLabel(field), hint: field.hint, issues, required: isRequired(field) };
}
