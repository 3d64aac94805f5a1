import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../background/create-background';
import { saveSettings } from '../../../background/save-settings';
import { serialize } from '../../../background/serialize';
import { settingsItem } from '../../../platform/storage-items';
import { fakeDeps } from './fake-deps';

const MIN = 60_000;
const START = new Date('2026-11-23T09:00:00+01:00').getTime();
const settled = () => serialize(async () => undefined);

describe('break styles in the background', () => {
  let fake: ReturnType<typeof fakeDeps>;
  let stop: () => void;
  beforeEach(async () => {
    fakeBrowser.reset();
    fake = fakeDeps(START);
    const background = startBackground(fake.deps);
    stop = background.stop;
    await background.ready;
  });
  afterEach(() => stop());

  /** Fires the schedule alarm at each time the background asked for, up to `until`. */
  async function liveUntil(until: number) {
    for (let guard = 0; guard < 1000; guard++) {
      const alarm = await fakeBrowser.alarms.get('schedule');
      if (!alarm || alarm.scheduledTime > until) break;
      fake.setNow(alarm.scheduledTime);
      await fakeBrowser.alarms.onAlarm.trigger({ ...alarm, name: 'schedule' });
      await settled();
    }
  }

  it('opens the break page two minutes after an unanswered notification (standard)', async () => {
    await liveUntil(START + 31 * MIN);
    expect(fake.shown.filter((n) => n.id === 'stretch-break')).toHaveLength(1);
    expect(fake.deps.openBreakPage).not.toHaveBeenCalled();
    await liveUntil(START + 33 * MIN);
    expect(fake.deps.openBreakPage).toHaveBeenCalledTimes(1);
  });

  it('opens it with the notification when insistent, and never when gentle', async () => {
    await saveSettings({ breakStyle: 'insistent' }, fake.deps.now);
    await settled();
    await liveUntil(START + 30 * MIN);
    expect(fake.deps.openBreakPage).toHaveBeenCalledTimes(1);
    await saveSettings({ breakStyle: 'gentle' }, fake.deps.now);
    await liveUntil(START + 44 * MIN);
    expect(fake.deps.openBreakPage).toHaveBeenCalledTimes(1);
  });

  it.each<[string, string | undefined, boolean, string]>([
    ['an update from before break styles, never saved', '0.1.0', false, 'gentle'],
    ['an update from before break styles, saved', '0.1.0', true, 'standard'],
    ['an update from a version with break styles', '0.2.0', false, 'standard'],
    ['a new install', undefined, false, 'standard'],
  ])('after %s the style is %s', async (_, previousVersion, saved, style) => {
    if (saved) await saveSettings({ intervalMinutes: 40 }, fake.deps.now);
    const reason = previousVersion === undefined ? 'install' : 'update';
    await fakeBrowser.runtime.onInstalled.trigger({ reason, previousVersion } as never);
    await settled();
    expect((await settingsItem.getValue()).breakStyle).toBe(style);
  });

  it.each<[string, string | undefined, string | null]>([
    ['install', undefined, '/welcome.html?install'],
    ['update', '0.2.0', '/welcome.html?update'],
    ['update', '0.3.0', null],
    ['browser_update', undefined, null],
  ])('on %s from %s opens %s once', async (reason, previousVersion, url) => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await fakeBrowser.runtime.onInstalled.trigger({ reason, previousVersion } as never);
    await settled();
    expect(create.mock.calls).toEqual(url ? [[{ url }]] : []);
  });
});
