import { useId } from 'preact/hooks';
import { describedBy, FieldNotes } from './FieldNotes';

export interface Choice<T extends string> {
  value: T;
  label: string;
  /** One line under the label, when the label alone does not say enough. */
  detail?: string;
}

interface RadioGroupProps<T extends string> {
  legend: string;
  hint: string;
  choices: readonly Choice<T>[];
  value: T;
  error?: string | undefined;
  onChange: (value: T) => void;
}

/** One choice out of a few, as native radio buttons in a fieldset (arrow keys move between them). */
export function RadioGroup<T extends string>(props: RadioGroupProps<T>) {
  const id = useId();
  return (
    <fieldset class="field choice-group" aria-describedby={describedBy(id, props.error)}>
      <legend>{props.legend}</legend>
      {props.choices.map((choice) => (
        <label key={choice.value} class="choice">
          <input
            type="radio"
            name={id}
            value={choice.value}
            checked={props.value === choice.value}
            onChange={() => props.onChange(choice.value)}
          />
          <span>
            {choice.label}
            {choice.detail && <span class="choice-detail">{choice.detail}</span>}
          </span>
        </label>
      ))}
      <FieldNotes id={id} hint={props.hint} error={props.error} />
    </fieldset>
  );
}
