import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { describedBy, FieldNotes } from './FieldNotes';
import type { Choice } from './RadioGroup';

interface CheckboxGroupProps<T extends string> {
  legend: string;
  hint: string;
  choices: readonly Choice<T>[];
  selected: readonly T[];
  error?: string | undefined;
  onChange: (selected: T[]) => void;
  /** Extra controls under the legend, such as one-click groups. */
  children?: ComponentChildren;
}

/** Several choices at once, as native checkboxes in a fieldset; the order of `choices` is kept. */
export function CheckboxGroup<T extends string>(props: CheckboxGroupProps<T>) {
  const id = useId();
  const toggle = (value: T, on: boolean) =>
    props.onChange(
      props.choices
        .map((choice) => choice.value)
        .filter((v) => (v === value ? on : props.selected.includes(v))),
    );
  return (
    <fieldset class="field choice-group" aria-describedby={describedBy(id, props.error)}>
      <legend>{props.legend}</legend>
      {props.children}
      {props.choices.map((choice) => (
        <label key={choice.value} class="choice">
          <input
            type="checkbox"
            value={choice.value}
            checked={props.selected.includes(choice.value)}
            aria-invalid={props.error ? 'true' : undefined}
            onChange={(event) => toggle(choice.value, event.currentTarget.checked)}
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
