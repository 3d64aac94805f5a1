import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../background/create-background';
import { saveSettings } from '../../../background/save-settings';
import { serialize } from '../../../background/serialize';
import { WEEKLY_SUMMARY_NOTIFICATION } from '../../../background/weekly-summary';
import type { HistoryEntry } from '../../../core/history/history';
import { fakeDeps } from './fake-deps';

const MIN = 60_000;
// Monday 23 November 2026, 09:00 in the tests' zone; the week before is 16 to 22 November.
const MONDAY = new Date('2026-11-23T09:00:00+01:00').getTime();
const settled = () => serialize(async () => undefined);
const taken = (day: number, i: number): HistoryEntry => ({
  kind: 'stretched',
  at: new Date(2026, 10, day, 10, i).getTime(),
  sittingMs: 30 * MIN,
  stretchId: 'pigeon',
});
// Monday 16th: six breaks (the goal met); Tuesday 17th: two; Saturday 21st: one.
const LAST_WEEK = [
  ...Array.from({ length: 6 }, (_, i) => taken(16, i)),
  taken(17, 0),
  taken(17, 1),
  taken(21, 0),
];

async function fireScheduleAlarm(fake: ReturnType<typeof fakeDeps>) {
  await fakeBrowser.alarms.onAlarm.trigger({
    name: 'schedule',
    scheduledTime: fake.deps.now(),
    persistAcrossSessions: false,
  });
  await settled();
}

const summaries = (fake: ReturnType<typeof fakeDeps>) =>
  fake.shown.filter((s) => s.id === WEEKLY_SUMMARY_NOTIFICATION);

describe('the weekly summary, through the wiring', () => {
  let fake: ReturnType<typeof fakeDeps>;
  let stop: () => void;
  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ 'history-2026-11': JSON.stringify(LAST_WEEK) });
    fake = fakeDeps(MONDAY);
    const background = startBackground(fake.deps);
    stop = background.stop;
    await background.ready;
  });
  afterEach(() => stop());

  it('shows nothing while it is off, as it is by default', async () => {
    await fireScheduleAlarm(fake);
    expect(summaries(fake)).toEqual([]);
  });

  it('once switched on, shows last week once on the first working day', async () => {
    await saveSettings({ weeklySummary: true }, fake.deps.now);
    await fireScheduleAlarm(fake);
    expect(summaries(fake).map((s) => s.content)).toEqual([
      {
        title: 'Last week: 9 breaks taken',
        message:
          'Your goal of 6 breaks a day was met on 1 of 5 working days. Click to see your progress.',
      },
    ]);
    fake.advance(30 * MIN);
    await fireScheduleAlarm(fake);
    fake.setNow(new Date('2026-11-24T10:00:00+01:00').getTime());
    await fireScheduleAlarm(fake);
    expect(summaries(fake)).toHaveLength(1);
    expect(await fakeBrowser.storage.local.get('weekly-summary-shown')).toEqual({
      'weekly-summary-shown': new Date(2026, 10, 23).getTime(),
    });
  });

  it('waits for working hours when they are kept', async () => {
    const days = Array.from({ length: 7 }, (_, i) => ({
      on: i >= 1 && i <= 5,
      start: '10:00',
      end: '17:00',
    }));
    await saveSettings(
      { weeklySummary: true, workingHours: { enabled: true, days } },
      fake.deps.now,
    );
    await fireScheduleAlarm(fake);
    expect(summaries(fake)).toEqual([]);
    fake.setNow(new Date('2026-11-23T10:05:00+01:00').getTime());
    await fireScheduleAlarm(fake);
    expect(summaries(fake)).toHaveLength(1);
  });

  it('opens the Progress page when clicked', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await saveSettings({ weeklySummary: true }, fake.deps.now);
    await fireScheduleAlarm(fake);
    expect(summaries(fake)).toHaveLength(1);
    await fakeBrowser.notifications.onClicked.trigger(WEEKLY_SUMMARY_NOTIFICATION);
    await vi.waitFor(() => expect(create).toHaveBeenCalledWith({ url: '/progress.html' }));
    expect(fake.cleared).toContain(WEEKLY_SUMMARY_NOTIFICATION);
  });
});
