import { endPause, skip, snooze, startPause, startStretch, stretchDone } from './actions';
import { alarmEffect } from './alarm';
import { updateBadge } from './badge';
import { reanchorClock } from './clock';
import { type Environment, environmentOf, isUserAction, type ScheduleEvent } from './events';
import { comeBack, goAway } from './presence';
import { advanceReminder } from './reminder';
import { normalizeScheduleSettings, type ScheduleSettings } from './schedule-settings';
import type { ScheduleState } from './schedule-state';
import {
  dropReminder,
  excludeFromSitting,
  naturalBreak,
  restartPoint,
  restartSitting,
  sleptThrough,
} from './sitting-time';
import { saneTimes } from './time-sanity';
import { chain, type Transition, to } from './transition';
import {
  hoursInForce,
  isWithinWorkingHours,
  remindAnywayEnd,
  workingHoursStartedAt,
} from './working-hours';

/** What step returns: the new state to save, then the effects to run in order. */
export type StepResult = Transition;

function applyEvent(
  state: ScheduleState,
  event: ScheduleEvent,
  now: number,
  settings: ScheduleSettings,
): Transition {
  switch (event.type) {
    case 'wake':
      // After a browser start the idle detector starts over as 'active' and will not report it.
      return event.reason === 'startup' ? comeBack(state, now, settings) : to(state);
    case 'idle':
      return event.state === 'active'
        ? comeBack(state, now, settings)
        : to(goAway(state, event.state, now));
    case 'notification-clicked':
    case 'notification-start':
      return startStretch(state, now, true);
    case 'stretch-started':
      return startStretch(state, now, false);
    case 'notification-snooze':
    case 'snooze':
      return snooze(state, now, settings);
    case 'notification-closed':
      // Closing it by hand is an answer ("not now"); a system close is not.
      return event.byUser && state.reminder?.phase === 'showing' ? skip(state, now) : to(state);
    case 'skip':
      return skip(state, now);
    case 'pause':
      return startPause(state, event.until, now, settings);
    case 'resume':
      return to(endPause(state, now));
    case 'remind-anyway':
      return to({ ...state, remindAnywayUntil: remindAnywayEnd(now) });
    case 'stretch-done':
      return stretchDone(state, now, {
        ...(event.stretchId === undefined ? {} : { stretchId: event.stretchId }),
        ...(event.complete === false ? { partial: true } : {}),
      });
    case 'alarm':
    case 'settings-changed':
      return to(state);
  }
}

// Time-driven transitions, evaluated from stored timestamps on every event.
function settle(
  state: ScheduleState,
  now: number,
  settings: ScheduleSettings,
  env: Environment,
): Transition {
  let s = state;
  if (s.pause) {
    if (s.pause.until === null || now < s.pause.until) return to(s);
    s = endPause(s, restartPoint(s.pause.until, now, settings));
  }
  if (!isWithinWorkingHours(now, settings.workingHours)) {
    if (s.outsideHours) return to(s);
    return chain(s, dropReminder, (d) => to({ ...d, outsideHours: true }));
  }
  if (s.outsideHours) {
    const start = workingHoursStartedAt(now, settings.workingHours) ?? now;
    s = { ...restartSitting(s, restartPoint(start, now, settings)), outsideHours: false };
  }
  return s.away ? to(s) : advanceReminder(s, now, settings, env);
}

/** The scheduler: handles one event at `now` and returns the new state plus effects to run in order. */
export function step(
  state: ScheduleState,
  event: ScheduleEvent,
  now: number,
  rawSettings: ScheduleSettings,
): StepResult {
  const settings = normalizeScheduleSettings(rawSettings);
  // Time-driven steps see the hours in force: none while "remind me anyway today" lasts.
  const inForce = (s: ScheduleState): ScheduleSettings => ({
    ...settings,
    workingHours: hoursInForce(s.remindAnywayUntil, now, settings.workingHours),
  });
  const sane = saneTimes(state, now, settings);
  const { state: s, effects } = chain(
    reanchorClock(sane.state, now),
    (s) => (sane.repaired.length > 0 ? to(s, { type: 'repaired', fields: sane.repaired }) : to(s)),
    (s) => (sleptThrough(s, now, settings) ? naturalBreak(s, s.lastSeenAt, now) : to(s)),
    // The browser was closed from the last event until this start: that time was not sitting.
    (s) =>
      to(
        event.type === 'wake' && event.reason === 'startup' && s.away === null
          ? excludeFromSitting(s, Math.max(0, now - s.lastSeenAt), now)
          : s,
      ),
    (s) => applyEvent(s, event, now, settings),
    (s) =>
      settle(
        s.remindAnywayUntil !== null && now >= s.remindAnywayUntil
          ? { ...s, remindAnywayUntil: null }
          : s,
        now,
        inForce(s),
        environmentOf(event),
      ),
    (s) => to(s.away === null ? { ...s, lastSeenAt: now } : s),
    // The browser forgets the badge across a restart or an update: draw it again whatever we remember.
    (s) => to(event.type === 'wake' && event.reason !== 'worker-start' ? { ...s, badge: null } : s),
    (s) => updateBadge(s, now, inForce(s), isUserAction(event)),
  );
  return { state: s, effects: [...effects, alarmEffect(s, now, inForce(s))] };
}
