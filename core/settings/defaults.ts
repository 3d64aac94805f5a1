import {
  FOCUS_AREAS,
  type FocusArea,
  GEAR,
  type Gear,
  type StretchKind,
} from '../../data/stretch-types';

// The one home of what every setting holds and of its default. It imports no other module of
// core, so the scheduler and the settings checks can both build on it without an import cycle.

export const PLACES = ['desk', 'anywhere'] as const;
export type Place = (typeof PLACES)[number];
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
/**
 * How a break makes itself seen. gentle: the notification only. standard: the notification, and
 * the break page when it has gone unanswered for breakPageAfterMinutes while the person is at the
 * computer. insistent: the break page as soon as the break is due.
 */
export const BREAK_STYLES = ['gentle', 'standard', 'insistent'] as const;
export type BreakStyle = (typeof BREAK_STYLES)[number];

export interface WorkingDay {
  on: boolean;
  /** 'HH:mm', 24 h local time (see core/time-of-day.ts). */
  start: string;
  /** 'HH:mm', 24 h local time, after start. */
  end: string;
}

export interface WorkingHours {
  enabled: boolean;
  /** days[0] = Sunday ... days[6] = Saturday, as Date.getDay counts. */
  days: WorkingDay[];
}

/** The settings the scheduler reads. */
export interface ScheduleSettings {
  intervalMinutes: number;
  naturalBreakMinutes: number;
  snoozeMinutes: number;
  repeatIgnored: number;
  workingHours: WorkingHours;
  deferWhenFullscreen: boolean;
  deferWhenAudible: boolean;
  maxDeferMinutes: number;
  breakStyle: BreakStyle;
  breakPageAfterMinutes: number;
}

/** Everything the user can set: the scheduler's settings and what the pages and picker read. */
export interface Settings extends ScheduleSettings {
  focus: FocusArea[];
  place: Place;
  kinds: StretchKind[];
  /** The equipment the user has; none of it is a valid answer (then only moves needing nothing). */
  equipment: Gear[];
  holdSeconds: number;
  switchSeconds: number;
  notifications: boolean;
  sound: boolean;
  volume: number;
  theme: Theme;
  excluded: string[];
  favourites: string[];
  /** Breaks a working day aims for: the Progress page's goal and streak. */
  dailyGoal: number;
  /** One notification on the first working day of a week, about the week before. */
  weeklySummary: boolean;
}
export type SettingKey = keyof Settings;

const officeDay = (): WorkingDay => ({ on: true, start: '09:00', end: '17:00' });
const dayOff = (): WorkingDay => ({ on: false, start: '09:00', end: '17:00' });

/** The scheduler's defaults; DEFAULT_SETTINGS holds a copy of each. */
export const DEFAULT_SCHEDULE_SETTINGS: ScheduleSettings = {
  intervalMinutes: 30,
  naturalBreakMinutes: 5,
  snoozeMinutes: 5,
  repeatIgnored: 2,
  workingHours: {
    enabled: false,
    days: [dayOff(), officeDay(), officeDay(), officeDay(), officeDay(), officeDay(), dayOff()],
  },
  deferWhenFullscreen: true,
  deferWhenAudible: false,
  maxDeferMinutes: 15,
  breakStyle: 'standard',
  breakPageAfterMinutes: 2,
};

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze<Settings>({
  ...structuredClone(DEFAULT_SCHEDULE_SETTINGS),
  focus: [...FOCUS_AREAS],
  place: 'desk',
  kinds: ['stretch'],
  // Everything, so the choice of moves stays as it was until the user says what is missing.
  equipment: [...GEAR],
  holdSeconds: 30,
  switchSeconds: 5,
  notifications: true,
  sound: true,
  volume: 60,
  theme: 'system',
  excluded: [],
  favourites: [],
  dailyGoal: 6,
  weeklySummary: false,
});
