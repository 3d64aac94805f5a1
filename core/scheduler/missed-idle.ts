import type { IdleState } from './events';
import type { ScheduleState } from './schedule-state';

/**
 * The idle change the scheduler missed, if any: idle is reported only as transitions, so one lost
 * (an update, a crash) would leave the stored presence wrong for good. Comparing it with what the
 * browser says now gives the change to replay, or null when the two agree.
 */
export function missedIdleChange(state: ScheduleState, actual: IdleState): IdleState | null {
  const storedActive = state.away === null;
  return storedActive === (actual === 'active') ? null : actual;
}
