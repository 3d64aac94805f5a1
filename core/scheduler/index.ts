export { MIN_ALARM_DELAY_MS } from './alarm';
export { type BadgeView, badgeFor, formatSitting, PAUSE_BADGE, REMINDER_BADGE } from './badge';
export type { RecordKind, ScheduleEffect } from './effects';
export type { Environment, IdleState, PauseChoice, ScheduleEvent, WakeReason } from './events';
export { type StepResult, step } from './machine';
export { missedIdleChange } from './missed-idle';
export { parseScheduleState } from './parse-schedule-state';
export { nextMorning, pauseEnd } from './pause';
export {
  DEFAULT_SCHEDULE_SETTINGS,
  IDLE_DETECTION_SECONDS,
  NOTIFICATION_ID,
  normalizeScheduleSettings,
  SCHEDULE_ALARM,
  type ScheduleSettings,
  type WorkingDay,
  type WorkingHours,
} from './schedule-settings';
export {
  type Away,
  type BadgeKind,
  type BadgeMemo,
  initialScheduleState,
  type Pause,
  type Reminder,
  SCHEDULE_STATE_VERSION,
  type ScheduleState,
} from './schedule-state';
export { describeSchedule, type ScheduleStatus, type ScheduleView } from './schedule-view';
export { GAP_SLACK_MS } from './sitting-time';
export { isWithinWorkingHours, nextWorkingStart } from './working-hours';
