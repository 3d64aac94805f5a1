import type { SettingKey } from './defaults';

// The one home of every whole-number setting's range. The settings check rejects a value outside
// it (with a message for the form), the scheduler clamps into it (a last guard against a value
// that would stall or flood the schedule), and the options page shows it as min, max and hint.

/** A whole-number setting's range and unit. */
export interface NumberRange {
  min: number;
  max: number;
  unit: string;
}

export const NUMBER_RANGES = {
  intervalMinutes: { min: 5, max: 240, unit: 'minutes' },
  naturalBreakMinutes: { min: 2, max: 30, unit: 'minutes' },
  snoozeMinutes: { min: 1, max: 60, unit: 'minutes' },
  repeatIgnored: { min: 0, max: 5, unit: 'times' },
  maxDeferMinutes: { min: 0, max: 60, unit: 'minutes' },
  breakPageAfterMinutes: { min: 1, max: 15, unit: 'minutes' },
  holdSeconds: { min: 15, max: 90, unit: 'seconds' },
  switchSeconds: { min: 3, max: 30, unit: 'seconds' },
  volume: { min: 0, max: 100, unit: 'percent' },
  dailyGoal: { min: 1, max: 20, unit: 'breaks' },
} as const satisfies Partial<Record<SettingKey, NumberRange>>;
export type NumberSettingKey = keyof typeof NUMBER_RANGES;

/**
 * How many stretch ids `excluded` and `favourites` may each hold. storage.sync allows 8,192 bytes
 * per item: two full lists of the longest ids plus everything else stay under 6.5 KB (a unit
 * test pins it), and the library (46 entries) has room to grow.
 */
export const MAX_LISTED_IDS = 80;

/** The nearest whole number within the range; `fallback` when there is no finite number at all. */
export function clampToRange(range: NumberRange, value: unknown, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(range.max, Math.max(range.min, Math.round(value)));
}
