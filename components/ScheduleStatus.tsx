import { formatClock } from '../core/format-clock';
import type { ScheduleView } from '../core/scheduler';
import { formatSitting } from '../core/scheduler';

interface ScheduleStatusProps {
  view: ScheduleView;
  now: number;
  onResume: () => void;
  onRemindAnyway: () => void;
  /** A guided stretch is running: that is what is happening now, whatever the schedule says. */
  stretching?: boolean;
}

function minutesUntil(at: number, now: number): string {
  // The page's clock ticks once a second, so `now` may be up to a second behind the moment the
  // schedule was set: without that second, a fresh 30-minute interval would read "31 min".
  const minutes = Math.max(0, Math.ceil((at - now - 1_000) / 60_000));
  return minutes === 0 ? 'now' : `in ${formatSitting(minutes * 60_000)}`;
}

/** The day at a glance: how long you have been sitting and when the next break comes. */
export function ScheduleStatus({
  view,
  now,
  onResume,
  onRemindAnyway,
  stretching,
}: ScheduleStatusProps) {
  if (stretching) {
    return (
      <section class="status" aria-label="Reminder status">
        <p>
          <strong>On a break now:</strong> stretching.
        </p>
      </section>
    );
  }
  switch (view.status) {
    case 'paused':
      return (
        <section class="status" aria-label="Reminder status">
          <p>
            <strong>Reminders paused</strong>{' '}
            {view.pausedUntil === null
              ? 'until you resume them.'
              : `until ${formatClock(view.pausedUntil, now)}.`}
          </p>
          <button type="button" class="primary" onClick={onResume}>
            Resume reminders
          </button>
        </section>
      );
    case 'outside-hours':
      return (
        <section class="status" aria-label="Reminder status">
          <p>
            <strong>Outside your working hours.</strong>{' '}
            {view.nextWorkingStart === null
              ? 'No working day is set.'
              : `Reminders start again ${formatClock(view.nextWorkingStart, now)}.`}
          </p>
          <button type="button" onClick={onRemindAnyway}>
            Remind me anyway today
          </button>
        </section>
      );
    case 'away':
      return (
        <section class="status" aria-label="Reminder status">
          <p>
            <strong>You are away.</strong> Time away from the computer counts as a break.
          </p>
        </section>
      );
    default:
      return (
        <section class="status" aria-label="Reminder status">
          <p>
            Sitting for <strong data-testid="sitting-time">{formatSitting(view.sittingMs)}</strong>
            {' · '}
            {view.status === 'reminder' || view.nextBreakAt === null ? (
              <strong>Time for a break</strong>
            ) : (
              <>
                next break{' '}
                <strong data-testid="next-break">{minutesUntil(view.nextBreakAt, now)}</strong>
              </>
            )}
          </p>
        </section>
      );
  }
}
