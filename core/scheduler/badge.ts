import { formatClock } from '../format-clock';
import type { ScheduleSettings } from './schedule-settings';
import type { BadgeKind, ScheduleState } from './schedule-state';
import { dueAt, sittingMs } from './sitting-time';
import { MINUTE_MS, wholeMinutes } from './time';
import { type Transition, to } from './transition';
import { nextWorkingStart } from './working-hours';

export const PAUSE_BADGE = '❚❚';
export const REMINDER_BADGE = '!';

export interface BadgeView {
  kind: BadgeKind;
  text: string;
  title: string;
}

/** A sitting duration for people: '18 min', '1 h 5 min'. */
export function formatSitting(ms: number): string {
  const minutes = wholeMinutes(ms);
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return rest === 0 ? `${Math.floor(minutes / 60)} h` : `${Math.floor(minutes / 60)} h ${rest} min`;
}

/**
 * What the toolbar badge shows: minutes to the next stretch, '!' for a reminder, a pause mark while
 * paused, and nothing while away or outside working hours (the tooltip says why).
 */
export function badgeFor(state: ScheduleState, now: number, settings: ScheduleSettings): BadgeView {
  if (state.pause) {
    const until = state.pause.until;
    const title =
      until === null
        ? 'Reminders paused until you resume'
        : `Reminders paused until ${formatClock(until, now)}`;
    return { kind: 'paused', text: PAUSE_BADGE, title };
  }
  if (state.outsideHours) {
    const next = nextWorkingStart(now, settings.workingHours);
    const title =
      next === null
        ? 'Outside working hours'
        : `Outside working hours · reminders from ${formatClock(next, now)}`;
    return { kind: 'outside-hours', text: '', title };
  }
  if (state.away)
    return { kind: 'away', text: '', title: 'Away from the computer · sitting time stopped' };
  const sitting = `Sitting for ${formatSitting(sittingMs(state, now))}`;
  const phase = state.reminder?.phase;
  if (phase === 'showing' || phase === 'stretching') {
    return { kind: 'reminder', text: REMINDER_BADGE, title: `${sitting} · time to stretch` };
  }
  const left = Math.max(0, Math.ceil((dueAt(state, settings) - now) / MINUTE_MS));
  const title = left > 0 ? `${sitting} · next break in ${left} min` : `${sitting} · break due`;
  return { kind: 'countdown', text: String(left), title };
}

/**
 * Emits set-badge when what it shows changed, at most once a minute; a change of kind (reminder,
 * away, pause, ...) or a user action (`immediate`) shows at once so feedback is never a minute late.
 */
export function updateBadge(
  state: ScheduleState,
  now: number,
  settings: ScheduleSettings,
  immediate: boolean,
): Transition {
  const view = badgeFor(state, now, settings);
  const last = state.badge;
  if (last && last.text === view.text && last.title === view.title) return to(state);
  const throttled = last !== null && last.kind === view.kind && now - last.at < MINUTE_MS;
  if (throttled && !immediate) return to(state);
  return to(
    { ...state, badge: { ...view, at: now } },
    { type: 'set-badge', text: view.text, title: view.title },
  );
}
