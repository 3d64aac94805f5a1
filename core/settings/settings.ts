import { FOCUS_AREAS, GEAR, KINDS } from '../../data/stretch-types';
import {
  BREAK_STYLES,
  DEFAULT_SETTINGS,
  PLACES,
  type SettingKey,
  type Settings,
  THEMES,
} from './defaults';
import { boolean, type Check, idList, oneOf, someOf, wholeNumber } from './field-checks';
import { MAX_LISTED_IDS, NUMBER_RANGES, type NumberSettingKey } from './ranges';
import { workingHours } from './working-hours-check';

// The settings' types and defaults live in defaults.ts and the ranges in ranges.ts (leaf modules
// the scheduler reads too); this module adds the checks and stays the pages' single entry point.
export {
  BREAK_STYLES,
  type BreakStyle,
  DEFAULT_SETTINGS,
  PLACES,
  type Place,
  type SettingKey,
  type Settings,
  THEMES,
  type Theme,
} from './defaults';
export { MAX_LISTED_IDS, NUMBER_RANGES, type NumberRange, type NumberSettingKey } from './ranges';

const inRange = (key: NumberSettingKey) => {
  const { min, max, unit } = NUMBER_RANGES[key];
  return wholeNumber(min, max, unit);
};

/** One check per setting: every rule a stored, imported or typed value must pass. */
export const SETTINGS_CHECKS: { [K in SettingKey]: Check<Settings[K]> } = {
  intervalMinutes: inRange('intervalMinutes'),
  naturalBreakMinutes: inRange('naturalBreakMinutes'),
  snoozeMinutes: inRange('snoozeMinutes'),
  repeatIgnored: inRange('repeatIgnored'),
  workingHours,
  deferWhenFullscreen: boolean,
  deferWhenAudible: boolean,
  maxDeferMinutes: inRange('maxDeferMinutes'),
  breakStyle: oneOf(BREAK_STYLES, 'break style'),
  breakPageAfterMinutes: inRange('breakPageAfterMinutes'),
  focus: someOf(FOCUS_AREAS, 1, 'focus area'),
  place: oneOf(PLACES, 'place'),
  kinds: someOf(KINDS, 1, 'kind of exercise'),
  equipment: someOf(GEAR, 0, 'equipment'),
  holdSeconds: inRange('holdSeconds'),
  switchSeconds: inRange('switchSeconds'),
  notifications: boolean,
  sound: boolean,
  volume: inRange('volume'),
  theme: oneOf(THEMES, 'theme'),
  excluded: idList(MAX_LISTED_IDS),
  favourites: idList(MAX_LISTED_IDS),
  dailyGoal: inRange('dailyGoal'),
  weeklySummary: boolean,
};

export const SETTING_KEYS = Object.keys(SETTINGS_CHECKS) as SettingKey[];

/** A deep copy of the defaults, safe to change. */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings;
}
