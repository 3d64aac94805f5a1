import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { describedBy, FieldNotes } from './FieldNotes';

interface SliderFieldProps {
  label: string;
  hint: string;
  value: number;
  min: number;
  max: number;
  step: number;
  /** How the value reads, e.g. "60%"; also given to screen readers as aria-valuetext. */
  format: (value: number) => string;
  onInput: (value: number) => void;
  /** Controls beside the slider, such as a test button. */
  children?: ComponentChildren;
}

/** A labelled range input that shows its value; a slider cannot hold an invalid value. */
export function SliderField(props: SliderFieldProps) {
  const id = useId();
  const text = props.format(props.value);
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <div class="field-row">
        <input
          id={id}
          type="range"
          min={props.min}
          max={props.max}
          step={props.step}
          value={props.value}
          aria-valuetext={text}
          aria-describedby={describedBy(id, null)}
          onInput={(event) => props.onInput(Number(event.currentTarget.value))}
        />
        <output for={id} class="slider-value">
          {text}
        </output>
        {props.children}
      </div>
      <FieldNotes id={id} hint={props.hint} />
    </div>
  );
}
