import { useId } from 'preact/hooks';
import type { WorkingDay, WorkingHours } from '../core/settings/defaults';
import { WEEKDAY_NAMES, workingDayError } from '../core/settings/working-hours-check';
import { ToggleField } from './ToggleField';

// Stored Sunday first (as Date.getDay counts); shown Monday first, as a working week reads.
const DISPLAY_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

interface WorkingHoursEditorProps {
  value: WorkingHours;
  /** The form's message for the whole setting; day-specific ones are shown beside their day. */
  error?: string | undefined;
  onChange: (value: WorkingHours) => void;
}

/** The working-hours switch and, when on, a start and end time per weekday. */
export function WorkingHoursEditor({ value, error, onChange }: WorkingHoursEditorProps) {
  const id = useId();
  const dayErrors = value.days.map(workingDayError);
  const setDay = (index: number, change: Partial<WorkingDay>) =>
    onChange({
      ...value,
      days: value.days.map((day, i) => (i === index ? { ...day, ...change } : day)),
    });
  const showOverall = error && (!value.enabled || dayErrors.every((e) => e === null));
  return (
    <div class="working-hours">
      <ToggleField
        label="Only remind me during working hours"
        hint="Outside these hours there are no reminders, and sitting time starts fresh with each working period. A day may end after midnight (22:00 to 06:00)."
        checked={value.enabled}
        error={showOverall ? error : undefined}
        onChange={(enabled) => onChange({ ...value, enabled })}
      />
      {value.enabled && (
        <fieldset class="week">
          <legend>Working days and hours</legend>
          <div class="week-head" aria-hidden="true">
            <span>Day</span>
            <span>Start</span>
            <span>End</span>
          </div>
          {DISPLAY_ORDER.map((index) => {
            const day = value.days[index] as WorkingDay;
            const name = WEEKDAY_NAMES[index];
            const dayError = dayErrors[index];
            const errorId = `${id}-${index}-error`;
            const noteId = `${id}-${index}-note`;
            // 'HH:mm' strings order as times do; an end before the start runs past midnight.
            const overnight = !dayError && day.on && day.end < day.start;
            const times = {
              'aria-invalid': dayError ? ('true' as const) : undefined,
              'aria-describedby': dayError ? errorId : overnight ? noteId : undefined,
            };
            return (
              <div key={name} class={day.on ? 'day' : 'day off'}>
                <label class="day-name">
                  <input
                    type="checkbox"
                    checked={day.on}
                    onChange={(event) => setDay(index, { on: event.currentTarget.checked })}
                  />
                  {name}
                </label>
                <input
                  type="time"
                  aria-label={`${name} start`}
                  value={day.start}
                  {...times}
                  onInput={(event) => setDay(index, { start: event.currentTarget.value })}
                />
                <input
                  type="time"
                  aria-label={`${name} end`}
                  value={day.end}
                  {...times}
                  onInput={(event) => setDay(index, { end: event.currentTarget.value })}
                />
                {overnight && (
                  <p id={noteId} class="hint day-note">
                    Ends the next morning at {day.end}.
                  </p>
                )}
                {dayError && (
                  <p id={errorId} class="error day-error" role="alert">
                    {name}: {dayError}
                  </p>
                )}
              </div>
            );
          })}
        </fieldset>
      )}
    </div>
  );
}
