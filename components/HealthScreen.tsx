import { CONDITION_INFO, CONDITIONS_NOTE } from '../data/conditions';
import { CONDITIONS, type Condition, type Stretch } from '../data/stretch-types';
import { CheckboxGroup } from './CheckboxGroup';
import type { Choice } from './RadioGroup';

interface HealthScreenProps {
  selected: readonly Condition[];
  /** The entries the selected conditions hide, in library order. */
  hidden: readonly Stretch[];
  /** How many entries the library holds, to put `hidden` in proportion. */
  total: number;
  error?: string | null | undefined;
  onChange: (conditions: Condition[]) => void;
}

const CHOICES: readonly Choice<Condition>[] = CONDITIONS.map((condition) => ({
  value: condition,
  label: CONDITION_INFO[condition].label,
  detail: `Hides ${CONDITION_INFO[condition].hides.replace(/^./, (c) => c.toLowerCase())}`,
}));

// Every title once, in the order the conditions come.
const GUIDANCE_TITLES = [...new Set(CONDITIONS.flatMap((c) => CONDITION_INFO[c].guidance))];

/**
 * The safety screen: which conditions apply, what each one hides and why, and which entries are
 * hidden now. The tags are general practice, and the screen says so and names what they follow.
 */
export function HealthScreen({ selected, hidden, total, error, onChange }: HealthScreenProps) {
  return (
    <>
      <CheckboxGroup
        legend="Does any of this apply to you?"
        hint="Default: none. A ticked condition hides every exercise unsuitable for it, however few are left; nothing else can bring them back."
        choices={CHOICES}
        selected={selected}
        error={error ?? undefined}
        onChange={onChange}
      />
      <div class="hidden-entries" aria-live="polite" data-testid="hidden-entries">
        {hidden.length === 0 ? (
          <p>No exercise is hidden.</p>
        ) : (
          <>
            <p>
              <strong>
                Hidden by your answers: {hidden.length} of {total} exercises.
              </strong>{' '}
              Reminders never offer these:
            </p>
            <ul>
              {hidden.map((entry) => (
                <li key={entry.id}>{entry.name}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <p class="hint">{CONDITIONS_NOTE}</p>
      <details class="guidance-titles">
        <summary>What these choices follow</summary>
        <p>Which exercises each condition hides is general practice, after this public guidance:</p>
        <ul>
          {GUIDANCE_TITLES.map((title) => (
            <li key={title}>{title}</li>
          ))}
        </ul>
      </details>
    </>
  );
}
