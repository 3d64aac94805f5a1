import { browser } from 'wxt/browser';
import { countWeek, weeklySummaryDue, weeklySummaryText } from '../core/progress/weekly-summary';
import { isWithinWorkingHours } from '../core/scheduler/working-hours';
import { readRecentHistory } from '../platform/history-store';
import { settingsItem } from '../platform/storage-items';
import { readKey, writeKey } from '../platform/storage-keys';
import type { BackgroundDeps } from './deps';

export const WEEKLY_SUMMARY_NOTIFICATION = 'weekly-summary';
// The Monday of the week whose summary was last shown (this device only).
const SHOWN_KEY = 'local:weekly-summary-shown';

/**
 * On a wake while the person is at the computer: the weekly summary, when it is switched on and
 * due (core/progress/weekly-summary.ts). The week is stored before the notification is shown, so a
 * worker stopped in between loses one summary rather than showing it twice.
 */
export async function offerWeeklySummary(deps: BackgroundDeps): Promise<void> {
  const settings = await settingsItem.getValue();
  const now = deps.now();
  const week = weeklySummaryDue(now, settings, await readKey(SHOWN_KEY));
  if (week === null || !isWithinWorkingHours(now, settings.workingHours)) return;
  await writeKey(SHOWN_KEY, week);
  const count = countWeek(await readRecentHistory(now, 8), settings, week);
  await deps.notifications.show(
    WEEKLY_SUMMARY_NOTIFICATION,
    weeklySummaryText(count, settings.dailyGoal),
  );
}

/** A click on the summary opens the Progress page. */
export async function openProgress(deps: BackgroundDeps): Promise<void> {
  await deps.notifications.clear(WEEKLY_SUMMARY_NOTIFICATION);
  await browser.tabs.create({ url: '/progress.html' });
}
