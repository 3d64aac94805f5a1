import { addDays, atClock, startOfDay } from '../local-day';
import type { PauseChoice } from './events';
import type { WorkingHours } from './schedule-settings';
import { minutesMs } from './time';
import { nextWorkingStart } from './working-hours';

const MORNING_HOUR = 8;
// Someone pausing "until tomorrow" at 02:00 means the coming morning, not the one after.
const NIGHT_ENDS_HOUR = 4;

/** The next 08:00 local time; before 04:00 that is 08:00 today. */
export function nextMorning(now: number): number {
  const today = startOfDay(now);
  const day = new Date(now).getHours() < NIGHT_ENDS_HOUR ? today : addDays(today, 1);
  return atClock(day, MORNING_HOUR, 0);
}

/** When a pause chosen now ends; null means until resumed by hand. */
export function pauseEnd(
  choice: PauseChoice,
  now: number,
  workingHours: WorkingHours,
): number | null {
  switch (choice) {
    case 'minutes-30':
      return now + minutesMs(30);
    case 'hour-1':
      return now + minutesMs(60);
    case 'tomorrow': {
      // Tomorrow's first working start, not a start still to come later today.
      const tomorrow = startOfDay(nextMorning(now)).getTime();
      return nextWorkingStart(tomorrow - 1, workingHours) ?? nextMorning(now);
    }
    case 'resumed':
      return null;
  }
}
