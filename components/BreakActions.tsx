import type { PauseChoice } from '../core/scheduler';

interface BreakActionsProps {
  snoozeMinutes: number;
  paused: boolean;
  /** False where the page shows Skip itself, before Snooze (the break page after two snoozes). */
  skipShown?: boolean;
  onSnooze: () => void;
  onSkip: () => void;
  onPause: (until: PauseChoice) => void;
}

const PAUSES: { until: PauseChoice; label: string }[] = [
  { until: 'minutes-30', label: '30 minutes' },
  { until: 'hour-1', label: '1 hour' },
  { until: 'tomorrow', label: 'Until tomorrow' },
  { until: 'resumed', label: 'Until I resume' },
];

/** Snooze, skip and pause for the current or next break. */
export function BreakActions(props: BreakActionsProps) {
  if (props.paused) return null;
  return (
    <div class="break-actions">
      <button type="button" onClick={props.onSnooze}>
        Snooze {props.snoozeMinutes} min
      </button>
      {props.skipShown !== false && (
        <button type="button" onClick={props.onSkip}>
          Skip this break
        </button>
      )}
      <details class="pause-menu">
        <summary>Pause reminders</summary>
        <fieldset>
          <legend class="visually-hidden">Pause reminders for</legend>
          {PAUSES.map(({ until, label }) => (
            <button
              key={until}
              type="button"
              aria-label={`Pause reminders: ${label}`}
              onClick={() => props.onPause(until)}
            >
              {label}
            </button>
          ))}
        </fieldset>
      </details>
    </div>
  );
}
