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
 * will end by itself, so the end is announced and counted even with the popup closed.
 */
export async function runSessionCommand(
  deps: BackgroundDeps,
  command: SessionCommand,
): Promise<void> {
  const now = deps.now();
  const stored = parseSession(await sessionItem.getValue());
  let next: GuidedSession | null;
  switch (command) {
    case 'start': {
      const settings = await loadSettings();
      const { stretch } = await ensureSuggestion(deps, settings);
      next = startSession(stretch.id, buildPlan(stretch, settings), now);
      break;
    }
    case 'close':
      next = null;
      break;
    default:
      next = stored && apply(stored, command, now);
  }
  await saveAndSchedule(deps, stored, next, now, false);
}

/** The session alarm fired: settle the session; if that finished it, announce and count the break. */
export async function onSessionAlarm(deps: BackgroundDeps): Promise<void> {
  const now = deps.now();
  const stored = parseSession(await sessionItem.getValue());
  await saveAndSchedule(deps, stored, stored && settle(stored, now), now, true);
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

async function saveAndSchedule(
  deps: BackgroundDeps,
  before: GuidedSession | null,
  after: GuidedSession | null,
  now: number,
  announce: boolean,
) {
  await sessionItem.setValue(after);
  const endAt = after && automaticEndAt(after, now);
  if (endAt === null) await browser.alarms.clear(SESSION_ALARM);
  else await browser.alarms.create(SESSION_ALARM, { when: endAt });
  const justFinished = after?.finishedAt != null && before?.finishedAt == null;
  if (!justFinished) return;
  await dispatchSchedule(deps, { type: 'stretch-done' });
  // Finishing in the popup shows there; a countdown that ran out unseen gets a notification.
  if (announce) await announceFinish(deps);
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
