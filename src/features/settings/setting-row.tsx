/** One setting in the Settings dialog: its label, its control and a hint under it. */
import type { ReactNode } from 'react';

interface SettingRowProps {
  /** The id of the control inside, which the label names. */
  id: string;
  label: string;
  hint?: ReactNode;
  children: ReactNode;
}

/** Returns a labelled setting with an optional hint. */
export function SettingRow({ id, label, hint, children }: SettingRowProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && <p className="field-hint">{hint}</p>}
    </div>
  );
}
