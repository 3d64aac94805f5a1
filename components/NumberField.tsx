import { useId } from 'preact/hooks';

interface NumberFieldProps {
  label: string;
  hint: string;
  value: string;
  unit: string;
  min: number;
  max: number;
  error?: string | undefined;
  quickChoices?: readonly number[];
  onInput: (value: string) => void;
}

/** A labelled whole-number input with its hint, its error and optional one-click values. */
export function NumberField(props: NumberFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <div class="field-row">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={props.min}
          max={props.max}
          step={1}
          value={props.value}
          aria-invalid={props.error ? 'true' : 'false'}
          aria-describedby={props.error ? `${errorId} ${hintId}` : hintId}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
        <span class="unit">{props.unit}</span>
        {props.quickChoices?.map((choice) => (
          <button
            key={choice}
            type="button"
            class="chip"
            aria-pressed={props.value === String(choice)}
            aria-label={`${choice} ${props.unit}`}
            onClick={() => props.onInput(String(choice))}
          >
            {choice}
          </button>
        ))}
      </div>
      <p id={hintId} class="hint">
        {props.hint}
      </p>
      {props.error && (
        <p id={errorId} class="error" role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}
