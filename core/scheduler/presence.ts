import type { IdleState } from './events';
import { IDLE_DETECTION_SECONDS, type ScheduleSettings } from './schedule-settings';
import type { ScheduleState } from './schedule-state';
import { excludeFromSitting, isTracking, naturalBreak } from './sitting-time';
import { AWAY_CREDIT_MS, minutesMs, SECOND_MS } from './time';
import { type Transition, to } from './transition';

/**
 * The person stopped giving input. 'idle' is reported only after IDLE_DETECTION_SECONDS without
 * input, so they actually left that long ago; 'locked' is immediate. An earlier away start is kept,
 * and a lock during an idle period marks the whole period as locked.
 */
export function goAway(
  state: ScheduleState,
  kind: Exclude<IdleState, 'active'>,
  now: number,
): ScheduleState {
  if (state.away) {
    return kind === 'locked' ? { ...state, away: { ...state.away, locked: true } } : state;
  }
  const reported = kind === 'idle' ? now - IDLE_DETECTION_SECONDS * SECOND_MS : now;
  // Sitting that started after the reported moment (e.g. a break we just detected) is not cut short.
  const since = Math.min(now, Math.max(reported, state.sittingSince));
  return { ...state, away: { since, locked: kind === 'locked' } };
}

/**
 * The person is back. Away for at least the natural-break length: a break, sitting starts from
 * zero now. Shorter: idle time counts as sitting, locked time does not.
 */
export function comeBack(
  state: ScheduleState,
  now: number,
  settings: ScheduleSettings,
): Transition {
  const away = state.away;
  if (away === null) return to(state);
  const back: ScheduleState = { ...state, away: null };
  if (!isTracking(state)) return to(back);
  const awayMs = Math.max(0, now - Math.max(away.since, state.sittingSince));
  const reminder = back.reminder;
  if (reminder?.phase === 'stretching') {
    // Away during a guided stretch is that stretch's break: recorded once, when it is done.
    const moved = excludeFromSitting(back, awayMs, now);
    return to(
      awayMs < AWAY_CREDIT_MS ? moved : { ...moved, reminder: { ...reminder, away: true } },
    );
  }
  if (awayMs >= minutesMs(settings.naturalBreakMinutes)) {
    return naturalBreak(back, away.since, now);
  }
  return to(away.locked ? excludeFromSitting(back, awayMs, now) : back);
}
