import { browser } from 'wxt/browser';
import { parseSession } from '../core/guided-session/parse-session';
import { buildPlan } from '../core/guided-session/plan';
import {
  automaticEndAt,
  completeSet,
  finishSession,
  type GuidedSession,
  pauseSession,
  restartSession,
  resumeSession,
  settle,
  startSession,
} from '../core/guided-session/session';
import type { SessionCommand } from '../platform/messages';
import { sessionItem } from '../platform/storage-items';
import type { BackgroundDeps } from './deps';
import { loadSettings } from './load';
import { dispatchSchedule } from './schedule';
import { ensureSuggestion } from './suggestion';

export const SESSION_ALARM = 'guided-session-end';
export const SESSION_DONE_NOTIFICATION = 'stretch-done';

/**
 * Applies a popup command to the stored session, stores it, and keeps an alarm at the moment it
 * will end by itself, so the end is announced and counted even with the popup closed. A countdown
 * that ran out before the command arrived is counted first, whatever the command then does.
 */
export async function runSessionCommand(
  deps: BackgroundDeps,
  command: SessionCommand,
): Promise<void> {
  const now = deps.now();
  const stored = parseSession(await sessionItem.getValue());
  const current = stored && settle(stored, now);
  let next: GuidedSession | null;
  if (command === 'start') {
    const settings = await loadSettings();
    const { stretch } = await ensureSuggestion(deps, settings);
    next = startSession(stretch.id, buildPlan(stretch, settings), now);
  } else if (command === 'close') {
    next = null;
  } else {
    next = current && apply(current, command, now);
  }
  // Counted while the finished session is still stored: the history names its stretch.
  const ranOut = finishedBetween(stored, current);
  if (ranOut) await dispatchSchedule(deps, { type: 'stretch-done' });
  await store(next, now);
  if (!ranOut && finishedBetween(stored, next))
    await dispatchSchedule(deps, { type: 'stretch-done' });
  if (command === 'start') await dispatchSchedule(deps, { type: 'stretch-started' });
}

/** The session alarm fired: settle the session; if that finished it, count the break and say so. */
export async function onSessionAlarm(deps: BackgroundDeps): Promise<void> {
  const now = deps.now();
  const stored = parseSession(await sessionItem.getValue());
  const next = stored && settle(stored, now);
  await store(next, now);
  if (!finishedBetween(stored, next)) return;
  await dispatchSchedule(deps, { type: 'stretch-done' });
  // Finishing with the popup open is seen there (the popup reports it with `finish`); a countdown
  // that ran out unseen gets a notification.
  await announceFinish(deps);
}

function apply(session: GuidedSession, command: SessionCommand, now: number): GuidedSession {
  switch (command) {
    case 'pause':
      return pauseSession(session, now);
    case 'resume':
      return resumeSession(session, now);
    case 'restart':
      return restartSession(session, now);
    case 'set-done':
      return completeSet(session, now);
    case 'finish':
      return finishSession(session, now);
    default:
      return session;
  }
}

function finishedBetween(before: GuidedSession | null, after: GuidedSession | null): boolean {
  return before !== null && before.finishedAt === null && after?.finishedAt != null;
}

async function store(session: GuidedSession | null, now: number) {
  await sessionItem.setValue(session);
  const endAt = session && automaticEndAt(session, now);
  if (endAt === null) await browser.alarms.clear(SESSION_ALARM);
  else await browser.alarms.create(SESSION_ALARM, { when: endAt });
}

async function announceFinish(deps: BackgroundDeps) {
  const settings = await loadSettings();
  if (!settings.notifications) return;
  await deps.notifications.show(SESSION_DONE_NOTIFICATION, {
    title: 'Stretch done',
    message: 'Nice work. Your break is counted and a fresh interval has started.',
    buttons: [],
    sticky: false,
  });
}
