import { browser } from 'wxt/browser';
import { effectiveDose } from '../core/guided-session/plan';
import { NOTIFICATION_ID, SCHEDULE_ALARM } from '../core/scheduler';
import { describeDose } from '../data/dose';
import { settingsItem } from '../platform/storage-items';
import type { BackgroundDeps } from './deps';
import type { Owed } from './outbox';
import { suggestionFor } from './suggestion';

export const START_BUTTON = 0;
export const SNOOZE_BUTTON = 1;
export const SESSION_ALARM = 'guided-session-end';
/** The guided session's cues and its end, each replacing the last: never the reminder's id. */
export const SESSION_CUE_NOTIFICATION = 'stretch-done';

/** Carries out one owed effect; each is idempotent, so running one again doubles nothing. */
export async function runOwedEffect(deps: BackgroundDeps, { at, effect }: Owed): Promise<void> {
  switch (effect.type) {
    case 'set-alarm':
      await browser.alarms.create(SCHEDULE_ALARM, { when: effect.at });
      return;
    case 'clear-alarm':
      await browser.alarms.clear(SCHEDULE_ALARM);
      return;
    case 'set-session-alarm':
      await browser.alarms.create(SESSION_ALARM, { when: effect.at });
      return;
    case 'clear-session-alarm':
      await browser.alarms.clear(SESSION_ALARM);
      return;
    case 'notify': {
      const settings = await settingsItem.getValue();
      const { stretch } = await suggestionFor(deps, settings, {
        type: 'reminder',
        attempt: effect.attempt,
        shownAt: at,
      });
      if (!settings.notifications) return;
      await deps.notifications.show(NOTIFICATION_ID, {
        title: `Time to stand up: ${effect.sittingMinutes} minutes sitting`,
        message: stretch
          ? `Try the ${stretch.name} (${describeDose(effectiveDose(stretch, settings), stretch.sides).toLowerCase()}).`
          : 'No stretch fits your health and equipment choices.',
        buttons: ['Start stretch', `Snooze ${settings.snoozeMinutes} min`],
        // Only Firefox shows no buttons: the Chrome build leaves the words out.
        ...(import.meta.env.FIREFOX
          ? { withoutButtons: 'Click to start; snooze from the toolbar button.' }
          : {}),
        sticky: true,
      });
      return;
    }
    case 'clear-notification':
      await deps.notifications.clear(NOTIFICATION_ID);
      return;
    case 'cue':
      // A page showing the session says it itself, on time and with the chime.
      if (!(await settingsItem.getValue()).notifications || (await deps.isStretchOnScreen()))
        return;
      await deps.notifications.show(SESSION_CUE_NOTIFICATION, effect);
      return;
    case 'set-badge':
      await Promise.all([
        browser.action.setBadgeText({ text: effect.text }),
        browser.action.setTitle({ title: effect.title }),
        browser.action.setBadgeBackgroundColor({ color: '#0f766e' }),
      ]);
      return;
    case 'open-stretch':
      await deps.openStretchWindow();
      return;
    case 'open-break-page':
      await deps.openBreakPage();
      return;
    case 'repaired':
      console.warn('times reset:', effect.fields);
      return;
  }
}
