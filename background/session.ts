import { browser } from 'wxt/browser';
import { type SessionEffect, type SessionEvent, stepSession } from '../core/guided-session/machine';
import { sessionEntry } from '../core/guided-session/plan';
import type { SessionCommand } from '../platform/messages';
import { lastStrengthItem, sessionItem, settingsItem } from '../platform/storage-items';
import type { BackgroundDeps } from './deps';
import { dispatchSchedule } from './schedule';
import { suggestionFor } from './suggestion';

export const SESSION_ALARM = 'guided-session-end';
export const SESSION_DONE_NOTIFICATION = 'stretch-done';

/** A page's command for the guided stretch: load, step core's session machine, save, run effects. */
export async function runSessionCommand(
  deps: BackgroundDeps,
  command: SessionCommand,
): Promise<void> {
  if (command !== 'start') return runSession(deps, { type: 'command', command });
  const settings = await settingsItem.getValue();
  const { stretch } = await suggestionFor(deps, settings, { type: 'need' });
  await runSession(deps, { type: 'start', entry: sessionEntry(stretch, settings) });
}

/** The session alarm fired, or a wake checks on a session whose alarm may be lost. */
export function onSessionAlarm(deps: BackgroundDeps): Promise<void> {
  return runSession(deps, { type: 'tick' });
}

async function runSession(deps: BackgroundDeps, event: SessionEvent): Promise<void> {
  const now = deps.now();
  const { session, effects } = stepSession(await sessionItem.getValue(now), event, now);
  await sessionItem.setValue(session);
  for (const effect of effects) await runEffect(deps, effect);
}

async function runEffect(deps: BackgroundDeps, effect: SessionEffect): Promise<void> {
  switch (effect.type) {
    case 'stretch-done':
      return dispatchSchedule(deps, {
        type: 'stretch-done',
        stretchId: effect.stretchId,
        complete: effect.complete,
      });
    case 'strength-done':
      return lastStrengthItem.setValue(effect.at);
    case 'stretch-started':
      return dispatchSchedule(deps, { type: 'stretch-started' });
    case 'announce-finish':
      return announceFinish(deps);
    case 'set-session-alarm':
      await browser.alarms.create(SESSION_ALARM, { when: effect.at });
      return;
    case 'clear-session-alarm':
      await browser.alarms.clear(SESSION_ALARM);
      return;
  }
}

async function announceFinish(deps: BackgroundDeps) {
  const settings = await settingsItem.getValue();
  if (!settings.notifications) return;
  await deps.notifications.show(SESSION_DONE_NOTIFICATION, {
    title: 'Stretch done',
    message: 'Nice work. Your break is counted and a fresh interval has started.',
    buttons: [],
    sticky: false,
  });
}
