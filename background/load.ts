import { parseHistory } from '../core/history/history';
import { parseScheduleState } from '../core/scheduler';
import { readSettings } from '../core/settings/validate-settings';
import { historyItem, scheduleItem, settingsItem } from '../platform/storage-items';

export async function loadSettings() {
  return readSettings(await settingsItem.getValue()).settings;
}

export async function loadSchedule(now: number) {
  return parseScheduleState(await scheduleItem.getValue(), now);
}

export async function loadHistory() {
  return parseHistory(await historyItem.getValue());
}
