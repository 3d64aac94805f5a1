export const SCHEDULE_STATE_VERSION = 1;

/**
 * A reminder that has come due. 'deferred': due but held back (fullscreen/audio), with when a tab
 * was last heard playing sound while it waited (a call has quiet moments, see reminder.ts);
 * 'showing': the notification is up; 'stretching': the person pressed start and the stretch page is open (also a stretch started from
 * the popup with no reminder due, so the time away during it counts once, for that stretch).
 */
export type Reminder =
  | { phase: 'deferred'; dueSince: number; heardAt?: number }
  | {
      phase: 'showing';
      dueSince: number;
      shownAt: number;
      attempt: number;
      /** The break page has been opened for this break (break styles standard and insistent). */
      paged?: true;
    }
  | {
      phase: 'stretching';
      dueSince: number;
      startedAt: number;
      attempt: number;
      /** The person was away from the computer (idle or locked) for AWAY_CREDIT_MS of it. */
      away?: true;
    };

/** The person stopped giving input at `since`; `locked` once the screen was locked. */
export interface Away {
  since: number;
  locked: boolean;
}

/** `until: null` means until resumed by hand. */
export interface Pause {
  since: number;
  until: number | null;
}

export type BadgeKind = 'countdown' | 'reminder' | 'away' | 'paused' | 'outside-hours';

/** The badge last sent to the background, to drop repeats and throttle updates. */
export interface BadgeMemo {
  kind: BadgeKind;
  text: string;
  title: string;
  at: number;
}

/** Everything the scheduler remembers between wakes; all times are epoch ms. */
export interface ScheduleState {
  version: typeof SCHEDULE_STATE_VERSION;
  /** Start of the current sitting stretch; only a break moves it to a later time. */
  sittingSince: number;
  /** Start of the current reminder interval; skips and missed reminders restart it too. */
  intervalStart: number;
  /** When set, the next reminder is due at this time instead of intervalStart + interval. */
  snoozedUntil: number | null;
  /** The last event handled while the person was at the computer. */
  lastSeenAt: number;
  away: Away | null;
  pause: Pause | null;
  /** Working hours are on and the last handled event fell outside them. */
  outsideHours: boolean;
  /** "Remind me anyway today": working hours do not apply before this time (the next midnight). */
  remindAnywayUntil: number | null;
  reminder: Reminder | null;
  badge: BadgeMemo | null;
}

/** A fresh state: the person starts sitting now. */
export function initialScheduleState(now: number): ScheduleState {
  return {
    version: SCHEDULE_STATE_VERSION,
    sittingSince: now,
    intervalStart: now,
    snoozedUntil: null,
    lastSeenAt: now,
    away: null,
    pause: null,
    outsideHours: false,
    remindAnywayUntil: null,
    reminder: null,
    badge: null,
  };
}
