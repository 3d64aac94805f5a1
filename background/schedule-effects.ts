import { browser } from 'wxt/browser';
import { effectiveDose } from '../core/guided-session/plan';
import { appendHistory } from '../core/history/history';
import { countInto } from '../core/history/today';
import { NOTIFICATION_ID, SCHEDULE_ALARM, type ScheduleEffect } from '../core/scheduler';
import type { Settings } from '../core/settings/settings';
import { describeDose } from '../data/dose';
import { historyItem, todayItem } from '../platform/storage-items';
import type { BackgroundDeps } from './deps';
import { suggestionFor } from './suggestion';

export const START_BUTTON = 0;
export const SNOOZE_BUTTON = 1;

/** Runs the scheduler's effects in order; one failing effect does not stop the others. */
export async function runScheduleEffects(
  deps: BackgroundDeps,
  effects: readonly ScheduleEffect[],
  settings: Settings,
): Promise<void> {
  for (const effect of effects) {
    try {
      await runEffect(deps, effect, settings);
    } catch (error) {
      console.error(`Stand Up & Stretch: the ${effect.type} effect failed`, error);
    }
  }
}

async function runEffect(deps: BackgroundDeps, effect: ScheduleEffect, settings: Settings) {
  switch (effect.type) {
    case 'set-alarm':
      await browser.alarms.create(SCHEDULE_ALARM, { when: effect.at });
      return;
    case 'clear-alarm':
      await browser.alarms.clear(SCHEDULE_ALARM);
      return;
    case 'notify': {
      const { stretch } = await suggestionFor(deps, settings, {
        type: 'reminder',
        attempt: effect.attempt,
      });
      if (!settings.notifications) return;
      await deps.notifications.show(NOTIFICATION_ID, {
        title: `Time to stand up: ${effect.sittingMinutes} minutes sitting`,
        message: `Try the ${stretch.name} (${describeDose(effectiveDose(stretch, settings), stretch.sides).toLowerCase()}).`,
        buttons: ['Start stretch', `Snooze ${settings.snoozeMinutes} min`],
        withoutButtons: 'Click to start; snooze from the toolbar button.',
        sticky: true,
      });
      return;
    }
    case 'clear-notification':
      await deps.notifications.clear(NOTIFICATION_ID);
      return;
    case 'set-badge':
      await Promise.all([
        browser.action.setBadgeText({ text: effect.text }),
        browser.action.setTitle({ title: effect.title }),
        browser.action.setBadgeBackgroundColor({ color: '#0f766e' }),
      ]);
      return;
    case 'open-stretch':
      await deps.openStretch();
      return;
    case 'record': {
      const { type: _, ...entry } = effect;
      await historyItem.setValue(appendHistory(await historyItem.getValue(), entry));
      await todayItem.setValue(countInto(await todayItem.getValue(), entry));
      return;
    }
  }
}
