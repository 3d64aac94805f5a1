import { isFiniteNumber, isRecord, isWholeNumber } from '../is-record';
import {
  type Away,
  type BadgeKind,
  type BadgeMemo,
  initialScheduleState,
  type Pause,
  type Reminder,
  SCHEDULE_STATE_VERSION,
  type ScheduleState,
} from './schedule-state';

const BADGE_KINDS: readonly BadgeKind[] = [
  'countdown',
  'reminder',
  'away',
  'paused',
  'outside-hours',
];
const MAX_ATTEMPT = 100;

function isTime(value: unknown): value is number {
  return isFiniteNumber(value) && value >= 0 && value <= 8.64e15;
}

function parseAway(raw: unknown): Away | null {
  if (!isRecord(raw) || !isTime(raw.since) || typeof raw.locked !== 'boolean') return null;
  return { since: raw.since, locked: raw.locked };
}

function parsePause(raw: unknown): Pause | null {
  if (!isRecord(raw) || !isTime(raw.since)) return null;
  if (raw.until === null) return { since: raw.since, until: null };
  if (!isTime(raw.until) || raw.until < raw.since) return null;
  return { since: raw.since, until: raw.until };
}

function parseReminder(raw: unknown): Reminder | null {
  if (!isRecord(raw) || !isTime(raw.dueSince)) return null;
  const dueSince = raw.dueSince;
  if (raw.phase === 'deferred') {
    // A bad `heardAt` is dropped alone: the reminder then waits on what it hears from now on.
    return isTime(raw.heardAt)
      ? { phase: 'deferred', dueSince, heardAt: raw.heardAt }
      : { phase: 'deferred', dueSince };
  }
  const attempt = raw.attempt;
  if (!isWholeNumber(attempt) || attempt < 1 || attempt > MAX_ATTEMPT) {
    return null;
  }
  if (raw.phase === 'showing' && isTime(raw.shownAt)) {
    const showing = { phase: 'showing' as const, dueSince, shownAt: raw.shownAt, attempt };
    return raw.paged === true ? { ...showing, paged: true } : showing;
  }
  if (raw.phase === 'stretching' && isTime(raw.startedAt)) {
    const stretching = {
      phase: 'stretching' as const,
      dueSince,
      startedAt: raw.startedAt,
      attempt,
    };
    return raw.away === true ? { ...stretching, away: true } : stretching;
  }
  return null;
}

function parseBadge(raw: unknown): BadgeMemo | null {
  if (!isRecord(raw) || !isTime(raw.at)) return null;
  const kind = BADGE_KINDS.find((k) => k === raw.kind);
  if (kind === undefined || typeof raw.text !== 'string' || typeof raw.title !== 'string')
    return null;
  return { kind, text: raw.text, title: raw.title, at: raw.at };
}

/**
 * Validates stored data without ever throwing: a missing or foreign object gives a fresh state and
 * a bad field falls back to its fresh value. Times are only type-checked here: making them
 * consistent with the clock (set back, or in the future) is `step`'s first move (reanchorClock),
 * which needs them as stored to keep sitting time across a clock change.
 */
export function parseScheduleState(raw: unknown, now: number): ScheduleState {
  const fresh = initialScheduleState(now);
  if (!isRecord(raw) || raw.version !== SCHEDULE_STATE_VERSION) return fresh;
  const time = (value: unknown, fallback: number) => (isTime(value) ? value : fallback);
  const sittingSince = time(raw.sittingSince, fresh.sittingSince);
  return {
    version: SCHEDULE_STATE_VERSION,
    sittingSince,
    // An interval never starts before the sitting stretch it belongs to.
    intervalStart: Math.max(time(raw.intervalStart, sittingSince), sittingSince),
    snoozedUntil: isTime(raw.snoozedUntil) ? raw.snoozedUntil : null,
    lastSeenAt: time(raw.lastSeenAt, fresh.lastSeenAt),
    away: parseAway(raw.away),
    pause: parsePause(raw.pause),
    outsideHours: typeof raw.outsideHours === 'boolean' ? raw.outsideHours : fresh.outsideHours,
    remindAnywayUntil: isTime(raw.remindAnywayUntil) ? raw.remindAnywayUntil : null,
    reminder: parseReminder(raw.reminder),
    badge: parseBadge(raw.badge),
  };
}
