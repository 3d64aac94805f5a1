import { FOCUS_AREAS, type FocusArea, KINDS, type StretchKind } from '../../data/stretch-types';
import { boolean, type Check, idList, oneOf, someOf, wholeNumber } from './field-checks';
import { type WorkingHoursValue, workingHours } from './working-hours-check';

export const PLACES = ['desk', 'anywhere'] as const;
export type Place = (typeof PLACES)[number];
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Everything the user can set. The scheduler reads a subset (ScheduleSettings) of the same names. */
export interface Settings {
  intervalMinutes: number;
  naturalBreakMinutes: number;
  snoozeMinutes: number;
  repeatIgnored: number;
  workingHours: WorkingHoursValue;
  deferWhenFullscreen: boolean;
  deferWhenAudible: boolean;
  maxDeferMinutes: number;
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

const weekday = { on: true, start: '09:00', end: '17:00' };
const weekend = { on: false, start: '09:00', end: '17:00' };

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze<Settings>({
  intervalMinutes: 30,
  naturalBreakMinutes: 5,
  snoozeMinutes: 5,
  repeatIgnored: 2,
  workingHours: {
    enabled: false,
    days: [weekend, weekday, weekday, weekday, weekday, weekday, weekend],
  },
  deferWhenFullscreen: true,
  deferWhenAudible: false,
  maxDeferMinutes: 15,
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

/** One check per setting: the single source of every range and rule. */
export const SETTINGS_CHECKS: { [K in SettingKey]: Check<Settings[K]> } = {
  intervalMinutes: wholeNumber(5, 240, 'minutes'),
  naturalBreakMinutes: wholeNumber(2, 30, 'minutes'),
  snoozeMinutes: wholeNumber(1, 60, 'minutes'),
  repeatIgnored: wholeNumber(0, 5, 'times'),
  workingHours,
  deferWhenFullscreen: boolean,
  deferWhenAudible: boolean,
  maxDeferMinutes: wholeNumber(0, 60, 'minutes'),
  focus: someOf(FOCUS_AREAS, 1, 'focus area'),
  place: oneOf(PLACES, 'place'),
  kinds: someOf(KINDS, 1, 'kind of exercise'),
  holdSeconds: wholeNumber(15, 90, 'seconds'),
  switchSeconds: wholeNumber(3, 30, 'seconds'),
  notifications: boolean,
  sound: boolean,
  volume: wholeNumber(0, 100, 'percent'),
  theme: oneOf(THEMES, 'theme'),
  excluded: idList(200),
  favourites: idList(200),
};

export const SETTING_KEYS = Object.keys(SETTINGS_CHECKS) as SettingKey[];

/** A deep copy of the defaults, safe to change. */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings;
}
