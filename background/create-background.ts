import { browser } from 'wxt/browser';
import { IDLE_DETECTION_SECONDS, NOTIFICATION_ID, SCHEDULE_ALARM } from '../core/scheduler';
import { opensWelcome } from '../core/settings/update-rules';
import { START_COMMAND } from '../platform/commands';
import { settingsItem } from '../platform/storage-items';
import type { BackgroundDeps } from './deps';
import { handleMessages } from './message-handlers';
import { migrateHistory } from './migrate-history';
import { SNOOZE_BUTTON, START_BUTTON } from './run-effect';
import { keepStyleOnUpdate, SETTINGS_SYNC_ALARM, syncSettings } from './save-settings';
import { dispatchSchedule, reconcileIdle, runOutbox, type ScheduleInput } from './schedule';
import { serialize } from './serialize';
import { onSessionAlarm, runSessionCommand, SESSION_ALARM } from './session';
import { suggestNow } from './suggestion';
import { offerWeeklySummary, openProgress, WEEKLY_SUMMARY_NOTIFICATION } from './weekly-summary';

/** A handler's failure is logged (the next event starts from what is stored), never left unhandled. */
function handled(task: Promise<unknown>): void {
  task.catch(console.error);
}

/**
 * Registers every listener synchronously (a woken worker must find them at once) and hands each
 * event to the serialized handlers. Returns the start-up step, and `stop` for tests that start
 * the background more than once in one context.
 */
export function startBackground(deps: BackgroundDeps): { ready: Promise<void>; stop: () => void } {
  const schedule = (input: ScheduleInput) => serialize(() => dispatchSchedule(deps, input));
  // Every wake first runs what a stopped worker still owed, then checks what an event may have
  // missed: the idle state, a guided stretch whose alarm the browser lost (Firefox keeps alarms in
  // memory only), and settings not yet synced.
  const wake = (reason: 'worker-start' | 'startup' | 'installed') =>
    serialize(async () => {
      await migrateHistory();
      await runOutbox(deps);
      await dispatchSchedule(deps, { type: 'wake', reason });
      await reconcileIdle(deps);
      await onSessionAlarm(deps);
      await syncSettings(deps.now);
      await offerWeeklySummary(deps);
    });

  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'update') {
      handled(serialize(() => keepStyleOnUpdate(details.previousVersion, deps.now)));
    }
    // Once: the welcome page on install, what's new after an update that brought news.
    if (opensWelcome(details.reason, details.previousVersion)) {
      handled(browser.tabs.create({ url: `/welcome.html?${details.reason}` }));
    }
    handled(wake('installed'));
  });
  browser.runtime.onStartup.addListener(() => handled(wake('startup')));
  browser.alarms.onAlarm.addListener((alarm) => {
    // The schedule's alarms come while the person is at the computer: the weekly summary's moment.
    if (alarm.name === SCHEDULE_ALARM) {
      handled(
        serialize(async () => {
          await dispatchSchedule(deps, { type: 'alarm' });
          await offerWeeklySummary(deps);
        }),
      );
    }
    if (alarm.name === SESSION_ALARM) handled(serialize(() => onSessionAlarm(deps)));
    if (alarm.name === SETTINGS_SYNC_ALARM) handled(serialize(() => syncSettings(deps.now)));
  });
  deps.idle.onStateChanged((state) => handled(schedule({ type: 'idle', state })));

  // Start means start: the guided stretch begins at once, then its view comes up. A click on the
  // notification itself starts too (Firefox's notifications have no buttons: "Click to start").
  const startFrom = (type: 'notification-clicked' | 'notification-start') =>
    handled(
      serialize(async () => {
        await runSessionCommand(deps, 'start');
        await dispatchSchedule(deps, { type });
      }),
    );
  // The keyboard shortcut starts a stretch the same way, with or without a reminder up.
  browser.commands?.onCommand.addListener((command) => {
    if (command === START_COMMAND) startFrom('notification-start');
  });
  deps.notifications.onClicked((id) => {
    if (id === NOTIFICATION_ID) startFrom('notification-clicked');
    if (id === WEEKLY_SUMMARY_NOTIFICATION) handled(openProgress(deps));
  });
  deps.notifications.onButtonClicked((id, button) => {
    if (id !== NOTIFICATION_ID) return;
    if (button === START_BUTTON) startFrom('notification-start');
    if (button === SNOOZE_BUTTON) handled(schedule({ type: 'notification-snooze' }));
  });
  // Only a close the browser can vouch for is an answer; timeouts and our own clears are not.
  deps.notifications.onDismissed((id) => {
    if (id === NOTIFICATION_ID) handled(schedule({ type: 'notification-closed', byUser: true }));
  });

  // Settings change here or arrive from another device through sync: recompute at once.
  const removers = [
    settingsItem.watch(() => {
      handled(schedule({ type: 'settings-changed' }));
      handled(serialize(() => suggestNow(deps, { type: 'settings-changed' })));
    }),
    ...handleMessages(deps, schedule),
  ];

  deps.idle.setDetectionInterval(IDLE_DETECTION_SECONDS);
  return {
    ready: wake('worker-start'),
    stop: () => {
      for (const remove of removers) remove();
    },
  };
}
