import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../background/create-background';
import type { BackgroundDeps } from '../../../background/deps';
import { serialize } from '../../../background/serialize';
import { readWholeHistory } from '../../../platform/history-store';
import { recordFaultFigures } from '../../fault-figures.mjs';
import { mulberry32 } from '../seeded-random';
import { fakeDeps } from './fake-deps';

const MIN = 60_000;
const START = new Date('2026-11-23T08:00:00+01:00').getTime();
const END = START + 9 * 60 * MIN;

class WorkerStopped extends Error {}

/**
 * A working day driven by the background's own alarms, with the user stepping away twice and
 * answering two reminders. With `killAt`, the worker is stopped (the handler dies at a fault
 * point) whenever it says so, and a new worker starts from what is stored, as Chrome does.
 */
async function workingDay(killAt?: (point: string) => boolean) {
  const fake = fakeDeps(START);
  let kills = 0;
  let stopped = false;
  const deps: BackgroundDeps = {
    ...fake.deps,
    fault: (point) => {
      if (killAt?.(point)) {
        kills++;
        stopped = true;
        throw new WorkerStopped(point);
      }
    },
  };
  let worker = startBackground(deps);
  await worker.ready.catch(() => undefined);
  const settled = () => serialize(async () => undefined);
  // A stopped worker's listeners go with it; the next one registers its own and wakes.
  const restartIfStopped = async () => {
    for (let guard = 0; stopped && guard < 50; guard++) {
      stopped = false;
      worker.stop();
      fakeBrowser.alarms.onAlarm.removeAllListeners();
      fakeBrowser.runtime.onStartup.removeAllListeners();
      fakeBrowser.runtime.onInstalled.removeAllListeners();
      fakeBrowser.notifications.onClicked.removeAllListeners();
      fakeBrowser.notifications.onButtonClicked.removeAllListeners();
      fakeBrowser.notifications.onClosed.removeAllListeners();
      worker = startBackground(deps);
      await worker.ready.catch(() => undefined);
    }
  };
  await restartIfStopped();
  const act = async (action: () => unknown) => {
    await action();
    await settled();
    await restartIfStopped();
  };
  const liveUntil = async (until: number) => {
    for (let guard = 0; guard < 1_000; guard++) {
      const due = (await fakeBrowser.alarms.getAll())
        .filter((alarm) => alarm.scheduledTime <= until)
        .sort((a, b) => a.scheduledTime - b.scheduledTime)[0];
      if (!due) break;
      fake.setNow(Math.max(fake.deps.now(), due.scheduledTime));
      await act(() => fakeBrowser.alarms.onAlarm.trigger(due));
    }
    fake.setNow(until);
  };

  await liveUntil(START + 75 * MIN);
  await act(() => fake.idle('idle'));
  await liveUntil(START + 100 * MIN);
  await act(() => fake.idle('active'));
  await liveUntil(START + 160 * MIN);
  await act(() => fakeBrowser.notifications.onButtonClicked.trigger('stretch-break', 1));
  await liveUntil(START + 200 * MIN);
  await act(() => fakeBrowser.notifications.onClicked.trigger('stretch-break'));
  await liveUntil(START + 210 * MIN);
  await act(() => fake.idle('locked'));
  await liveUntil(START + 270 * MIN);
  await act(() => fake.idle('active'));
  await liveUntil(END);
  worker.stop();

  // What the user sees and keeps: each reminder once (a replay re-shows the same one), the history.
  const reminders = fake.shown
    .map(({ id, content }) => `${id}: ${content.title} · ${content.message}`)
    .filter((line, i, all) => line !== all[i - 1]);
  const { schedule } = await fakeBrowser.storage.local.get('schedule');
  return { reminders, history: await readWholeHistory(), schedule, kills };
}

// Every day run with kills, its kill points, and what it lost or doubled against the calm day.
const figures = { sequences: 0, killPoints: 0, lost: 0, doubled: 0 };
/** Counts the reminders and history entries the stormy day lost or doubled, for the figures. */
function tally(calm: Awaited<ReturnType<typeof workingDay>>, stormy: typeof calm) {
  const lines = (day: typeof calm) => [
    ...day.reminders,
    ...day.history.map((e) => JSON.stringify(e)),
  ];
  const left = lines(calm);
  const extra: string[] = [];
  for (const line of lines(stormy)) {
    const at = left.indexOf(line);
    if (at >= 0) left.splice(at, 1);
    else extra.push(line);
  }
  figures.sequences++;
  figures.killPoints += stormy.kills;
  figures.lost += left.length;
  figures.doubled += extra.length;
}

describe('the background across worker kills (fault injection)', () => {
  afterAll(() => {
    const { sequences, killPoints, lost, doubled } = figures;
    recordFaultFigures('unit-kill-faults', { tried: { sequences, killPoints }, lost, doubled });
  });
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => fakeBrowser.reset());

  it('loses nothing and doubles nothing when the worker stops at random points of a day', async () => {
    const calm = await workingDay();
    expect(calm.reminders.length).toBeGreaterThan(5);
    expect(calm.history.length).toBeGreaterThan(3);
    let totalKills = 0;
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      fakeBrowser.reset();
      const random = mulberry32(seed);
      const stormy = await workingDay(() => random() < 0.3);
      totalKills += stormy.kills;
      tally(calm, stormy);
      expect(stormy.reminders, `seed ${seed}`).toEqual(calm.reminders);
      expect(stormy.history, `seed ${seed}`).toEqual(calm.history);
      expect(stormy.schedule, `seed ${seed}`).toEqual(calm.schedule);
    }
    expect(totalKills).toBeGreaterThan(40);
  }, 60_000);

  it('keeps the worker woken on time when it is stopped right after a commit', async () => {
    const fake = fakeDeps(START);
    const deps: BackgroundDeps = {
      ...fake.deps,
      fault: (point) => {
        if (point === 'committed') throw new WorkerStopped(point);
      },
    };
    const worker = startBackground(deps);
    await worker.ready.catch(() => undefined);
    worker.stop();
    // The outbox still owes the badge, but the alarm that wakes a new worker to run it is set.
    const { outbox } = await fakeBrowser.storage.local.get('outbox');
    expect((outbox as unknown[]).length).toBeGreaterThan(0);
    expect(await fakeBrowser.alarms.get('schedule')).toBeDefined();
  });

  it('is deterministic without kills', async () => {
    const one = await workingDay();
    fakeBrowser.reset();
    const two = await workingDay();
    expect(two.reminders).toEqual(one.reminders);
  });

  it.each(['committed', 'ran-effect'])('runs what was owed after a kill at %s', async (point) => {
    let first = true;
    const calm = await workingDay();
    fakeBrowser.reset();
    const stormy = await workingDay((at) => {
      if (at !== point || !first) return false;
      first = false;
      return true;
    });
    tally(calm, stormy);
    expect(stormy.kills).toBe(1);
    expect(stormy.reminders).toEqual(calm.reminders);
    expect(stormy.history).toEqual(calm.history);
  });
});
