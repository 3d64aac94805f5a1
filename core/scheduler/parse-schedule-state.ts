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

type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 8.64e15;
}

function parseAway(raw: unknown, now: number): Away | null {
  if (!isRecord(raw) || !isTime(raw.since) || typeof raw.locked !== 'boolean') return null;
  return { since: Math.min(raw.since, now), locked: raw.locked };
}

function parsePause(raw: unknown, now: number): Pause | null {
  if (!isRecord(raw) || !isTime(raw.since)) return null;
  if (raw.until === null) return { since: Math.min(raw.since, now), until: null };
  if (!isTime(raw.until) || raw.until < raw.since) return null;
  // A pause stored as starting in the future keeps its length but starts now.
  const ahead = Math.max(0, raw.since - now);
  return { since: raw.since - ahead, until: raw.until - ahead };
}

function parseReminder(raw: unknown, now: number): Reminder | null {
  if (!isRecord(raw) || !isTime(raw.dueSince)) return null;
  const dueSince = Math.min(raw.dueSince, now);
  if (raw.phase === 'deferred') return { phase: 'deferred', dueSince };
  const attempt = raw.attempt;
  if (
    typeof attempt !== 'number' ||
    !Number.isInteger(attempt) ||
    attempt < 1 ||
    attempt > MAX_ATTEMPT
  ) {
    return null;
  }
  if (raw.phase === 'showing' && isTime(raw.shownAt)) {
    return { phase: 'showing', dueSince, shownAt: Math.min(raw.shownAt, now), attempt };
  }
  if (raw.phase === 'stretching' && isTime(raw.startedAt)) {
    return { phase: 'stretching', dueSince, startedAt: Math.min(raw.startedAt, now), attempt };
  }
  return null;
}

function parseBadge(raw: unknown, now: number): BadgeMemo | null {
  if (!isRecord(raw) || !isTime(raw.at)) return null;
  const kind = BADGE_KINDS.find((k) => k === raw.kind);
  if (kind === undefined || typeof raw.text !== 'string' || typeof raw.title !== 'string')
    return null;
  return { kind, text: raw.text, title: raw.title, at: Math.min(raw.at, now) };
}

/**
 * Validates stored data without ever throwing: a missing or foreign object gives a fresh state,
 * a bad field falls back to its fresh value, and past timestamps lying in the future become now.
 */
export function parseScheduleState(raw: unknown, now: number): ScheduleState {
  const fresh = initialScheduleState(now);
  if (!isRecord(raw) || raw.version !== SCHEDULE_STATE_VERSION) return fresh;
  const past = (value: unknown, fallback: number) =>
    isTime(value) ? Math.min(value, now) : fallback;
  const sittingSince = past(raw.sittingSince, fresh.sittingSince);
  return {
    version: SCHEDULE_STATE_VERSION,
    sittingSince,
    // An interval never starts before the sitting stretch it belongs to.
    intervalStart: Math.max(past(raw.intervalStart, sittingSince), sittingSince),
    snoozedUntil: isTime(raw.snoozedUntil) ? raw.snoozedUntil : null,
    lastSeenAt: past(raw.lastSeenAt, fresh.lastSeenAt),
    away: parseAway(raw.away, now),
    pause: parsePause(raw.pause, now),
    outsideHours: typeof raw.outsideHours === 'boolean' ? raw.outsideHours : fresh.outsideHours,
    reminder: parseReminder(raw.reminder, now),
    badge: parseBadge(raw.badge, now),
  };
}
