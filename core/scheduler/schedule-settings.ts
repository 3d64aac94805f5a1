import {
  BREAK_STYLES,
  DEFAULT_SCHEDULE_SETTINGS,
  type ScheduleSettings,
} from '../settings/defaults';
import { clampToRange, NUMBER_RANGES } from '../settings/ranges';

// The settings' shape, defaults and ranges have one home in core/settings (defaults.ts and
// ranges.ts); they are re-exported here so the scheduler's users find them where they always did.
export {
  DEFAULT_SCHEDULE_SETTINGS,
  type ScheduleSettings,
  type WorkingDay,
  type WorkingHours,
} from '../settings/defaults';

/** Seconds without input before the browser reports 'idle'; the background passes it to idle.setDetectionInterval. */
export const IDLE_DETECTION_SECONDS = 60;
/** Name of the single one-shot alarm that drives the schedule. */
export const SCHEDULE_ALARM = 'schedule';
/** Id of the single reminder notification, so a new one replaces the old instead of stacking. */
export const NOTIFICATION_ID = 'stretch-break';

// Every whole-number setting of the scheduler; NUMBER_RANGES[key] below fails to compile for one without a range.
type NumberKey = {
  [K in keyof ScheduleSettings]: ScheduleSettings[K] extends number ? K : never;
}[keyof ScheduleSettings];

/**
 * Clamps numbers into the ranges the settings check enforces (NUMBER_RANGES), so a bad value
 * that slipped past it can never stall or flood the schedule.
 */
export function normalizeScheduleSettings(settings: ScheduleSettings): ScheduleSettings {
  const d = DEFAULT_SCHEDULE_SETTINGS;
  const clamp = (key: NumberKey) => clampToRange(NUMBER_RANGES[key], settings[key], d[key]);
  return {
    ...settings,
    intervalMinutes: clamp('intervalMinutes'),
    naturalBreakMinutes: clamp('naturalBreakMinutes'),
    snoozeMinutes: clamp('snoozeMinutes'),
    repeatIgnored: clamp('repeatIgnored'),
    maxDeferMinutes: clamp('maxDeferMinutes'),
    breakPageAfterMinutes: clamp('breakPageAfterMinutes'),
    breakStyle: BREAK_STYLES.includes(settings.breakStyle) ? settings.breakStyle : d.breakStyle,
    workingHours: Array.isArray(settings.workingHours?.days)
      ? settings.workingHours
      : d.workingHours,
  };
}
