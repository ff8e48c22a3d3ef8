import type { FieldIssue } from './widget-props';

interface FieldNotesProps {
  id: string;
  hint?: string;
  issues: FieldIssue[];
}

/**
 * Returns the hint and the notes under a field (problems, or why it is locked), with the ids
 * that `describedBy` ties the control to, so screen readers read them with the field.
 */
export function FieldNotes({ id, hint, issues }: FieldNotesProps) {
  return (
    <>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {issues.map((issue, i) => (
        <p key={i} className={`field-issue field-${issue.severity}`} id={`${id}-issue-${i}`}>
          {issue.message}
        </p>
      ))}
    </>
  );
}
