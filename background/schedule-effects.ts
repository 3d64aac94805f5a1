import { browser } from 'wxt/browser';
import { parseSession } from '../core/guided-session/parse-session';
import { effectiveDose } from '../core/guided-session/plan';
import { appendHistory, type HistoryEntry } from '../core/history/history';
import { countInto } from '../core/history/today';
import { NOTIFICATION_ID, SCHEDULE_ALARM, type ScheduleEffect } from '../core/scheduler';
import type { Settings } from '../core/settings/settings';
import { parseSuggestion } from '../core/suggestion-state';
import { describeDose } from '../data/dose';
import {
  historyItem,
  lastStrengthItem,
  sessionItem,
  suggestionItem,
  todayItem,
} from '../platform/storage-items';
import type { BackgroundDeps } from './deps';
import { loadHistory } from './load';
import { ensureSuggestion, pickNewSuggestion } from './suggestion';

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
      // A new reminder brings a new stretch; a repeat of the same reminder keeps it, and so does
      // a guided stretch in progress (the popup shows the suggestion the session is for).
      const session = parseSession(await sessionItem.getValue());
      const stretching = session !== null && session.finishedAt === null;
      const suggestion =
        effect.attempt <= 1 && !stretching
          ? await pickNewSuggestion(deps, settings)
          : await ensureSuggestion(deps, settings);
      if (!settings.notifications) return;
      const { stretch } = suggestion;
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
      const entry: HistoryEntry = { kind: effect.kind, at: effect.at, sittingMs: effect.sittingMs };
      if (effect.kind === 'stretched') await noteStretchDone(entry);
      await historyItem.setValue(appendHistory(await loadHistory(), entry));
      await todayItem.setValue(countInto(await todayItem.getValue(), entry));
      return;
    }
  }
}

/** Names the stretch a break was spent on, and starts the rest after a strengthening exercise. */
async function noteStretchDone(entry: HistoryEntry) {
  const session = parseSession(await sessionItem.getValue());
  if (!session) return;
  entry.stretchId = session.stretchId;
  const suggestion = parseSuggestion(await suggestionItem.getValue());
  if (suggestion?.stretch.id === session.stretchId && suggestion.stretch.kind === 'strengthen') {
    await lastStrengthItem.setValue(entry.at);
  }
}
