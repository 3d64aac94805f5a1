import { endPause, skip, snooze, startPause, startStretch, stretchDone } from './actions';
import { alarmEffect } from './alarm';
import { updateBadge } from './badge';
import { reanchorClock } from './clock';
import type { ScheduleEffect } from './effects';
import { type Environment, environmentOf, isUserAction, type ScheduleEvent } from './events';
import { comeBack, goAway } from './presence';
import { advanceReminder } from './reminder';
import { normalizeScheduleSettings, type ScheduleSettings } from './schedule-settings';
import type { ScheduleState } from './schedule-state';
import {
  dropReminder,
  naturalBreak,
  restartPoint,
  restartSitting,
  sleptThrough,
} from './sitting-time';
import { isWithinWorkingHours, workingHoursStartedAt } from './working-hours';

export interface StepResult {
  state: ScheduleState;
  effects: ScheduleEffect[];
}

function applyEvent(
  state: ScheduleState,
  event: ScheduleEvent,
  now: number,
  settings: ScheduleSettings,
  effects: ScheduleEffect[],
): ScheduleState {
  switch (event.type) {
    case 'wake':
      // After a browser start the idle detector starts over as 'active' and will not report it.
      return event.reason === 'startup' ? comeBack(state, now, settings, effects) : state;
    case 'idle':
      return event.state === 'active'
        ? comeBack(state, now, settings, effects)
        : goAway(state, event.state, now);
    case 'notification-clicked':
    case 'notification-start':
      return startStretch(state, now, effects, true);
    case 'stretch-started':
      return startStretch(state, now, effects, false);
    case 'notification-snooze':
    case 'snooze':
      return snooze(state, now, settings, effects);
    case 'notification-closed':
      // Closing it by hand is an answer ("not now"); a system close is not.
      return event.byUser && state.reminder?.phase === 'showing'
        ? skip(state, now, effects)
        : state;
    case 'skip':
      return skip(state, now, effects);
    case 'pause':
      return startPause(state, event.until, now, settings, effects);
    case 'resume':
      return endPause(state, now);
    case 'stretch-done':
      return stretchDone(state, now, effects, {
        ...(event.stretchId === undefined ? {} : { stretchId: event.stretchId }),
        ...(event.complete === false ? { partial: true } : {}),
      });
    case 'alarm':
    case 'settings-changed':
      return state;
  }
}

// Time-driven transitions, evaluated from stored timestamps on every event.
function settle(
  state: ScheduleState,
  now: number,
  settings: ScheduleSettings,
  env: Environment,
  effects: ScheduleEffect[],
): ScheduleState {
  let s = state;
  if (s.pause) {
    if (s.pause.until === null || now < s.pause.until) return s;
    s = endPause(s, restartPoint(s.pause.until, now, settings));
  }
  if (!isWithinWorkingHours(now, settings.workingHours)) {
    return s.outsideHours ? s : { ...dropReminder(s, effects), outsideHours: true };
  }
  if (s.outsideHours) {
    const start = workingHoursStartedAt(now, settings.workingHours) ?? now;
    s = { ...restartSitting(s, restartPoint(start, now, settings)), outsideHours: false };
  }
  return s.away ? s : advanceReminder(s, now, settings, env, effects);
}

/** The scheduler: handles one event at `now` and returns the new state plus effects to run in order. */
export function step(
  state: ScheduleState,
  event: ScheduleEvent,
  now: number,
  rawSettings: ScheduleSettings,
): StepResult {
  const settings = normalizeScheduleSettings(rawSettings);
  const effects: ScheduleEffect[] = [];
  let s = reanchorClock(state, now);
  if (sleptThrough(s, now, settings)) s = naturalBreak(s, s.lastSeenAt, now, effects);
  s = applyEvent(s, event, now, settings, effects);
  s = settle(s, now, settings, environmentOf(event), effects);
  if (s.away === null) s = { ...s, lastSeenAt: now };
  // The browser forgets the badge across a restart or an update: draw it again whatever we remember.
  if (event.type === 'wake' && event.reason !== 'worker-start') s = { ...s, badge: null };
  s = updateBadge(s, now, settings, isUserAction(event), effects);
  effects.push(alarmEffect(s, now, settings));
  return { state: s, effects };
}
