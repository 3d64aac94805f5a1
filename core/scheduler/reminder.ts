import { record, type ScheduleEffect } from './effects';
import type { Environment } from './events';
import type { ScheduleSettings } from './schedule-settings';
import type { Reminder, ScheduleState } from './schedule-state';
import { dueAt, restartInterval, sittingMs } from './sitting-time';
import { MINUTE_MS, minutesMs, wholeMinutes } from './time';
import { type Transition, to } from './transition';

/**
 * A call has quiet moments: it has ended only once no tab has played sound for this long. A break
 * held for a call then comes at the next minute's check.
 */
export const CALL_ENDED_AFTER_MS = 2 * MINUTE_MS;

/** When a tab was last heard, as far as the reminder waits for sound: now while one plays. */
function lastHeard(env: Environment, settings: ScheduleSettings, now: number, before?: number) {
  return env.audible && settings.deferWhenAudible ? now : before;
}

function wantsQuiet(
  env: Environment,
  settings: ScheduleSettings,
  now: number,
  heardAt: number | undefined,
): boolean {
  const inCall = heardAt !== undefined && settings.deferWhenAudible;
  return (
    (env.fullscreen && settings.deferWhenFullscreen) ||
    (inCall && now - heardAt < CALL_ENDED_AFTER_MS)
  );
}

/** The reminder held back at `dueSince`, remembering when sound was last heard (if ever). */
function defer(state: ScheduleState, dueSince: number, heardAt: number | undefined): Transition {
  const reminder =
    heardAt === undefined
      ? { phase: 'deferred' as const, dueSince }
      : { phase: 'deferred' as const, dueSince, heardAt };
  return to({ ...state, reminder });
}

function show(
  state: ScheduleState,
  now: number,
  dueSince: number,
  attempt: number,
  settings: ScheduleSettings,
  paged = false,
): Transition {
  const sat = sittingMs(state, now);
  const notify: ScheduleEffect[] = [{ type: 'notify', sittingMinutes: wholeMinutes(sat), attempt }];
  // Recorded once per reminder, not per repeat: the Progress page compares breaks offered and taken.
  if (attempt === 1) notify.push(record('offered', now, sat));
  const reminder = { phase: 'showing' as const, dueSince, shownAt: now, attempt };
  // Insistent: the break page comes with the notification, every time it is shown.
  if (settings.breakStyle === 'insistent') {
    return to({ ...state, reminder: { ...reminder, paged: true } }, ...notify, OPEN_PAGE);
  }
  return to({ ...state, reminder: paged ? { ...reminder, paged: true } : reminder }, ...notify);
}

const OPEN_PAGE: ScheduleEffect = { type: 'open-break-page' };

/**
 * When the standard style opens the break page: once the notification has gone unanswered for
 * breakPageAfterMinutes, counting the time of earlier repeats of the same break. Null when it
 * will not (another style, or the page is open already).
 */
function pageDueAt(reminder: ShowingReminder, settings: ScheduleSettings): number | null {
  if (settings.breakStyle !== 'standard' || reminder.paged) return null;
  const earlier = (reminder.attempt - 1) * minutesMs(settings.snoozeMinutes);
  return reminder.shownAt + minutesMs(settings.breakPageAfterMinutes) - earlier;
}

type ShowingReminder = Extract<Reminder, { phase: 'showing' }>;

/** The reminder was let go unanswered: record it and start a new interval (the person still sits). */
export function missReminder(state: ScheduleState, now: number): Transition {
  return to(restartInterval(state, now), record('missed', now, sittingMs(state, now)), {
    type: 'clear-notification',
  });
}

/**
 * Moves the reminder on by at most one transition for the time that has passed: becomes due (or
 * deferred), comes back after an ignored snooze period, or counts as missed. One transition per
 * event means a late alarm or a clock jump can never produce a burst of notifications.
 */
export function advanceReminder(
  state: ScheduleState,
  now: number,
  settings: ScheduleSettings,
  env: Environment,
): Transition {
  const reminder = state.reminder;
  const maxDefer = minutesMs(settings.maxDeferMinutes);
  if (reminder === null) {
    const due = dueAt(state, settings);
    if (now < due) return to(state);
    const heardAt = lastHeard(env, settings, now);
    if (wantsQuiet(env, settings, now, heardAt) && now < due + maxDefer) {
      return defer(state, due, heardAt);
    }
    return show(state, now, due, 1, settings);
  }
  switch (reminder.phase) {
    case 'deferred': {
      const heardAt = lastHeard(env, settings, now, reminder.heardAt);
      if (wantsQuiet(env, settings, now, heardAt) && now < reminder.dueSince + maxDefer) {
        return heardAt === reminder.heardAt ? to(state) : defer(state, reminder.dueSince, heardAt);
      }
      return show(state, now, reminder.dueSince, 1, settings);
    }
    case 'showing': {
      // Only while the person is at the computer: a page opened to an empty room is missed.
      const pageAt = pageDueAt(reminder, settings);
      if (pageAt !== null && now >= pageAt && state.away === null) {
        return to({ ...state, reminder: { ...reminder, paged: true } }, OPEN_PAGE);
      }
      if (now < reminder.shownAt + minutesMs(settings.snoozeMinutes)) return to(state);
      if (reminder.attempt <= settings.repeatIgnored) {
        const again = reminder.attempt + 1;
        return show(state, now, reminder.dueSince, again, settings, reminder.paged);
      }
      return missReminder(state, now);
    }
    case 'stretching':
      // A stretch page left open without "done" for a whole interval was most likely abandoned;
      // a real stretch away from the keyboard usually ends as a natural break before that.
      if (now < reminder.startedAt + minutesMs(settings.intervalMinutes)) return to(state);
      return missReminder(state, now);
  }
}

/** When the reminder next needs a look: its due time, a defer re-check, a repeat or the stretch timeout. */
export function nextReminderCheck(
  state: ScheduleState,
  now: number,
  settings: ScheduleSettings,
): number {
  const reminder = state.reminder;
  if (reminder === null) return dueAt(state, settings);
  switch (reminder.phase) {
    case 'deferred':
      return Math.min(now + MINUTE_MS, reminder.dueSince + minutesMs(settings.maxDeferMinutes));
    case 'showing': {
      const repeat = reminder.shownAt + minutesMs(settings.snoozeMinutes);
      // Away, the page waits for the person's return, which wakes the worker by itself.
      const pageAt = state.away === null ? pageDueAt(reminder, settings) : null;
      return pageAt === null ? repeat : Math.min(repeat, Math.max(pageAt, now));
    }
    case 'stretching':
      return reminder.startedAt + minutesMs(settings.intervalMinutes);
  }
}
