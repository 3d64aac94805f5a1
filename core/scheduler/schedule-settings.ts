/** Seconds without input before the browser reports 'idle'; the background passes it to idle.setDetectionInterval. */
export const IDLE_DETECTION_SECONDS = 60;
/** Name of the single one-shot alarm that drives the schedule. */
export const SCHEDULE_ALARM = 'schedule';
/** Id of the single reminder notification, so a new one replaces the old instead of stacking. */
export const NOTIFICATION_ID = 'stretch-break';

export interface WorkingDay {
  on: boolean;
  /** 'HH:mm', 24 h local time. */
  start: string;
  /** 'HH:mm', 24 h local time, after start. */
  end: string;
}

export interface WorkingHours {
  enabled: boolean;
  /** days[0] = Sunday ... days[6] = Saturday, as date-fns getDay counts. */
  days: WorkingDay[];
}

export interface ScheduleSettings {
  intervalMinutes: number;
  naturalBreakMinutes: number;
  snoozeMinutes: number;
  repeatIgnored: number;
  workingHours: WorkingHours;
  deferWhenFullscreen: boolean;
  deferWhenAudible: boolean;
  maxDeferMinutes: number;
}

const officeDay = (): WorkingDay => ({ on: true, start: '09:00', end: '17:00' });
const dayOff = (): WorkingDay => ({ on: false, start: '09:00', end: '17:00' });

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
};

function clampInt(value: number, min: number, max: number, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.round(value)));
}

/** Clamps numbers into their documented ranges so a bad value can never stall or flood the schedule. */
export function normalizeScheduleSettings(settings: ScheduleSettings): ScheduleSettings {
  const d = DEFAULT_SCHEDULE_SETTINGS;
  return {
    ...settings,
    intervalMinutes: clampInt(settings.intervalMinutes, 5, 240, d.intervalMinutes),
    naturalBreakMinutes: clampInt(settings.naturalBreakMinutes, 2, 30, d.naturalBreakMinutes),
    snoozeMinutes: clampInt(settings.snoozeMinutes, 1, 60, d.snoozeMinutes),
    repeatIgnored: clampInt(settings.repeatIgnored, 0, 5, d.repeatIgnored),
    maxDeferMinutes: clampInt(settings.maxDeferMinutes, 0, 60, d.maxDeferMinutes),
    workingHours: Array.isArray(settings.workingHours?.days)
      ? settings.workingHours
      : d.workingHours,
  };
}
