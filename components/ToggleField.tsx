import { useId } from 'preact/hooks';
import { describedBy, FieldNotes } from './FieldNotes';

interface ToggleFieldProps {
  label: string;
  hint: string;
  checked: boolean;
  error?: string | undefined;
  onChange: (checked: boolean) => void;
}

/** An on/off setting: a checkbox announced as a switch, with its label and hint. */
export function ToggleField({ label, hint, checked, error, onChange }: ToggleFieldProps) {
  const id = useId();
  return (
    <div class="field toggle-field">
      <div class="toggle-row">
        <input
          id={id}
          type="checkbox"
          role="switch"
          aria-checked={checked}
          class="switch"
          checked={checked}
          aria-describedby={describedBy(id, error)}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        <label for={id}>{label}</label>
      </div>
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}
