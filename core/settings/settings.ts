import { FOCUS_AREAS, type FocusArea, KINDS, type StretchKind } from '../../data/stretch-types';
import { DEFAULT_SCHEDULE_SETTINGS, type ScheduleSettings } from '../scheduler/schedule-settings';
import { boolean, type Check, idList, oneOf, someOf, wholeNumber } from './field-checks';
import { workingHours } from './working-hours-check';

export const PLACES = ['desk', 'anywhere'] as const;
export type Place = (typeof PLACES)[number];
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Everything the user can set: the scheduler's settings and what the pages and picker read. */
export interface Settings extends ScheduleSettings {
  focus: FocusArea[];
  place: Place;
  kinds: StretchKind[];
  holdSeconds: number;
  switchSeconds: number;
  notifications: boolean;
  sound: boolean;
  volume: number;
  theme: Theme;
  excluded: string[];
  favourites: string[];
}
export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze<Settings>({
  ...structuredClone(DEFAULT_SCHEDULE_SETTINGS),
  focus: [...FOCUS_AREAS],
  place: 'desk',
  kinds: ['stretch'],
  holdSeconds: 30,
  switchSeconds: 5,
  notifications: true,
  sound: true,
  volume: 60,
  theme: 'system',
  excluded: [],
  favourites: [],
});

/** A whole-number setting's range and unit: its check and the form's min, max and hint read these. */
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
  holdSeconds: { min: 15, max: 90, unit: 'seconds' },
  switchSeconds: { min: 3, max: 30, unit: 'seconds' },
  volume: { min: 0, max: 100, unit: 'percent' },
} as const satisfies Partial<Record<SettingKey, NumberRange>>;
export type NumberSettingKey = keyof typeof NUMBER_RANGES;

const inRange = (key: NumberSettingKey) => {
  const { min, max, unit } = NUMBER_RANGES[key];
  return wholeNumber(min, max, unit);
};

/**
 * How many stretch ids `excluded` and `favourites` may each hold. storage.sync allows 8,192 bytes
 * per item: two full lists of the longest ids plus everything else stay under 6.5 KB (a unit
 * test pins it), and the library (46 entries) has room to grow.
 */
export const MAX_LISTED_IDS = 80;

/** One check per setting: the single source of every range and rule. */
export const SETTINGS_CHECKS: { [K in SettingKey]: Check<Settings[K]> } = {
  intervalMinutes: inRange('intervalMinutes'),
  naturalBreakMinutes: inRange('naturalBreakMinutes'),
  snoozeMinutes: inRange('snoozeMinutes'),
  repeatIgnored: inRange('repeatIgnored'),
  workingHours,
  deferWhenFullscreen: boolean,
  deferWhenAudible: boolean,
  maxDeferMinutes: inRange('maxDeferMinutes'),
  focus: someOf(FOCUS_AREAS, 1, 'focus area'),
  place: oneOf(PLACES, 'place'),
  kinds: someOf(KINDS, 1, 'kind of exercise'),
  holdSeconds: inRange('holdSeconds'),
  switchSeconds: inRange('switchSeconds'),
  notifications: boolean,
  sound: boolean,
  volume: inRange('volume'),
  theme: oneOf(THEMES, 'theme'),
  excluded: idList(MAX_LISTED_IDS),
  favourites: idList(MAX_LISTED_IDS),
};

export const SETTING_KEYS = Object.keys(SETTINGS_CHECKS) as SettingKey[];

/** A deep copy of the defaults, safe to change. */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings;
}
