import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../background/create-background';
import { saveSettings } from '../../../background/save-settings';
import { serialize } from '../../../background/serialize';
import { runSessionCommand } from '../../../background/session';
import { suggestNow } from '../../../background/suggestion';
import type { NonEmpty, Stretch } from '../../../data/stretch-types';
import { stretches } from '../../../data/stretches';
import { sendMessage } from '../../../platform/messages';
import { conditionsItem, suggestionItem } from '../../../platform/storage-items';
import { fakeDeps } from './fake-deps';

const START = new Date('2026-11-23T09:00:00+01:00').getTime();
const settled = () => serialize(async () => undefined);
const pigeonOnly = stretches.filter((e) => e.id === 'pigeon') as unknown as NonEmpty<Stretch>;

describe('the safety screen and equipment, through the wiring', () => {
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

  it('has a suggestion ready when a page opens, and leaves a stretch in progress alone', async () => {
    await fakeBrowser.storage.local.remove('suggestion');
    await sendMessage('refresh', undefined);
    const offered = (await suggestionItem.getValue())?.stretch?.id;
    expect(offered).toBeDefined();
    await serialize(() => runSessionCommand(fake.deps, 'start'));
    await sendMessage('refresh', undefined);
    const session = (await fakeBrowser.storage.local.get('guided-session'))['guided-session'];
    expect(session).toMatchObject({ stretchId: offered, finishedAt: null });
    expect((await suggestionItem.getValue())?.stretch?.id).toBe(offered);
  });

  it('keeps the conditions on this device only, and replaces a stretch they rule out', async () => {
    // A pick that has the pigeon on offer, then the user says their knee hurts.
    await saveSettings({ place: 'anywhere', kinds: ['stretch'], focus: ['glutes'] }, fake.deps.now);
    for (let i = 0; i < 40; i++) {
      await serialize(() => suggestNow(fake.deps, { type: 'another' }));
      if ((await suggestionItem.getValue())?.stretch?.id === 'pigeon') break;
    }
    expect((await suggestionItem.getValue())?.stretch?.id).toBe('pigeon');

    await sendMessage('saveConditions', ['knee-pain']);
    await settled();
    expect(await conditionsItem.getValue()).toEqual(['knee-pain']);
    expect(await fakeBrowser.storage.local.get('conditions')).toEqual({
      conditions: ['knee-pain'],
    });
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).not.toContain('knee-pain');
    const now = (await suggestionItem.getValue())?.stretch;
    expect(now?.id).not.toBe('pigeon');
    expect(now?.contraindications).not.toContain('knee-pain');
  });

  it('refuses an unknown condition and changes nothing', async () => {
    await expect(sendMessage('saveConditions', ['gout'] as never)).rejects.toThrow(
      'Unknown condition',
    );
    expect(await fakeBrowser.storage.local.get('conditions')).toEqual({});
  });

  it('when nothing fits: no stretch, a reminder that says so, and no session to start', async () => {
    fake.deps.loadLibrary = async () => pigeonOnly;
    await saveSettings({ place: 'anywhere' }, fake.deps.now);
    await sendMessage('saveConditions', ['pregnancy']);
    await serialize(() => suggestNow(fake.deps, { type: 'another' }));
    const stored = await suggestionItem.getValue();
    expect(stored).toMatchObject({ stretch: null, widened: null });
    // The toolbar popup then opens bare: no early name to show (core/popup-path.ts).
    expect(await fakeBrowser.action.getPopup({})).toBe(fakeBrowser.runtime.getURL('/popup.html'));

    // Sit until the reminder is due, firing the schedule alarm whenever it comes round.
    for (let guard = 0; guard < 100 && fake.shown.length === 0; guard++) {
      const alarm = await fakeBrowser.alarms.get('schedule');
      if (!alarm) break;
      fake.setNow(alarm.scheduledTime);
      await fakeBrowser.alarms.onAlarm.trigger({ ...alarm, persistAcrossSessions: false });
      await settled();
    }
    expect(fake.shown.at(-1)?.content.message).toBe(
      'No stretch fits your health and equipment choices.',
    );

    await serialize(() => runSessionCommand(fake.deps, 'start'));
    expect(await fakeBrowser.storage.local.get('guided-session')).toEqual({});
  });

  it('offers no entry needing equipment the user does not have', async () => {
    await saveSettings(
      { place: 'anywhere', kinds: ['release'], equipment: ['chair', 'mat'] },
      fake.deps.now,
    );
    for (let i = 0; i < 20; i++) {
      await serialize(() => suggestNow(fake.deps, { type: 'another' }));
      const picked = await suggestionItem.getValue();
      expect(
        picked?.stretch?.equipment.every((item) => ['none', 'chair', 'mat'].includes(item)),
      ).toBe(true);
    }
  });
});
