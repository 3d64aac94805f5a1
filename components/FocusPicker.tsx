import { FOCUS_DESCRIPTIONS } from '../data/focus-descriptions';
import { FOCUS_LABELS } from '../data/labels';
import { FOCUS_AREAS, type FocusArea } from '../data/stretch-types';
import { CheckboxGroup } from './CheckboxGroup';

/** The one-click groups: the label on the button and the areas it selects. */
export const FOCUS_GROUPS: readonly { label: string; areas: readonly FocusArea[] }[] = [
  { label: 'Hips', areas: ['hip-flexors', 'adductors', 'outer-hip'] },
  { label: 'Glutes', areas: ['glutes'] },
  { label: 'Everything', areas: FOCUS_AREAS },
];

const CHOICES = FOCUS_AREAS.map((area) => ({
  value: area,
  label: FOCUS_LABELS[area],
  detail: FOCUS_DESCRIPTIONS[area],
}));

interface FocusPickerProps {
  selected: readonly FocusArea[];
  error?: string | undefined;
  onChange: (selected: FocusArea[]) => void;
}

const sameSet = (a: readonly FocusArea[], b: readonly FocusArea[]) =>
  a.length === b.length && a.every((area) => b.includes(area));

/**
 * The focus areas, with one-click groups. Unticking the last area is allowed on screen (the form
 * shows "Select at least one" and saves nothing) rather than silently refused, so the
 * checkbox never seems broken.
 */
export function FocusPicker({ selected, error, onChange }: FocusPickerProps) {
  return (
    <CheckboxGroup
      legend="Focus areas"
      hint="Reminders pick from exercises for these areas. Hips: hip flexors, inner thigh and outer hip."
      choices={CHOICES}
      selected={selected}
      error={error}
      onChange={onChange}
    >
      <div class="quick-groups">
        {FOCUS_GROUPS.map((group) => (
          <button
            key={group.label}
            type="button"
            class="chip"
            aria-pressed={sameSet(selected, group.areas)}
            onClick={() => onChange(FOCUS_AREAS.filter((area) => group.areas.includes(area)))}
          >
            {group.label}
          </button>
        ))}
      </div>
    </CheckboxGroup>
  );
}
