import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../background/create-background';
import { saveSettings } from '../../../background/save-settings';
import { serialize } from '../../../background/serialize';
import { runSessionCommand, SESSION_ALARM } from '../../../background/session';
import { suggest } from '../../../background/suggestion';
import { readySession, resolveRoutine } from '../../../core/routine';
import { IDLE_DETECTION_SECONDS } from '../../../core/scheduler';
import { DEFAULT_SETTINGS } from '../../../core/settings/settings';
import { ROUTINES } from '../../../data/routines';
import { stretches } from '../../../data/stretches';
import { START_COMMAND } from '../../../platform/commands';
import { readWholeHistory } from '../../../platform/history-store';
import { settingsItem } from '../../../platform/storage-items';
import { fakeCommands } from '../fake-commands-setup';
import { fakeDeps } from './fake-deps';

const MIN = 60_000;
const START = new Date('2026-11-23T09:00:00+01:00').getTime();

/** Waits for every handler queued so far to finish. */
const settled = () => serialize(async () => undefined);
const local = async (key: string) => (await fakeBrowser.storage.local.get(key))[key] as never;
const fire = async (name: string, fake: ReturnType<typeof fakeDeps>) => {
  await fakeBrowser.alarms.onAlarm.trigger({
    name,
    scheduledTime: fake.deps.now(),
    persistAcrossSessions: false,
  });
  await settled();
};

/** Lets time pass to `until`, firing the schedule alarm whenever the background asked for it. */
async function liveUntil(until: number, fake: ReturnType<typeof fakeDeps>) {
  for (let guard = 0; guard < 10_000; guard++) {
    const alarm = await fakeBrowser.alarms.get('schedule');
    if (!alarm || alarm.scheduledTime > until) break;
    fake.setNow(alarm.scheduledTime);
    await fire('schedule', fake);
  }
  fake.setNow(until);
}

describe('background wiring', () => {
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

  it('sets the idle detection interval and stores a schedule with its alarm on start', async () => {
    expect(fake.deps.idle.setDetectionInterval).toHaveBeenCalledWith(IDLE_DETECTION_SECONDS);
    const schedule = await local('schedule');
    expect(schedule).toMatchObject({ sittingSince: START, intervalStart: START });
    const alarm = await fakeBrowser.alarms.get('schedule');
    expect(alarm?.scheduledTime).toBeGreaterThan(START);
  });

  it('still reminds when the windows and tabs cannot be read (the query fails)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    fake.deps.environment = async () => {
      throw new Error('no windows');
    };
    await liveUntil(START + 30 * MIN, fake);
    expect(fake.shown.map((n) => n.id)).toEqual(['stretch-break']);
  });

  it('closes the reminder only for its own notification: a click on another one changes nothing', async () => {
    await liveUntil(START + 30 * MIN, fake);
    await fakeBrowser.notifications.onClicked.trigger('stretch-done');
    await fakeBrowser.notifications.onClosed.trigger('stretch-done', true);
    await settled();
    expect(fake.deps.openStretchWindow).not.toHaveBeenCalled();
    expect(((await local('schedule')) as { reminder: { phase: string } }).reminder.phase).toBe(
      'showing',
    );
  });

  it('shows a reminder naming a stretch when the alarm fires at the due time', async () => {
    await liveUntil(START + 30 * MIN, fake);
    expect(fake.shown).toHaveLength(1);
    const [{ id, content }] = fake.shown as [(typeof fake.shown)[number]];
    expect(id).toBe('stretch-break');
    expect(content.title).toBe('Time to stand up: 30 minutes sitting');
    const suggestion = (await local('suggestion')) as { stretch: { name: string } };
    expect(content.message).toContain(suggestion.stretch.name);
    expect(content.buttons).toEqual(['Start stretch', 'Snooze 5 min']);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
  });

  it('snoozes when the notification’s second button is pressed', async () => {
    await liveUntil(START + 30 * MIN, fake);
    fake.advance(10_000);
    await fakeBrowser.notifications.onButtonClicked.trigger('stretch-break', 1);
    await settled();
    const schedule = (await local('schedule')) as { snoozedUntil: number; reminder: unknown };
    expect(schedule.snoozedUntil).toBe(START + 35 * MIN + 10_000);
    expect(schedule.reminder).toBeNull();
    expect(fake.cleared).toContain('stretch-break');
  });

  it.each([
    ['clicked', () => fakeBrowser.notifications.onClicked.trigger('stretch-break')],
    [
      'its Start pressed',
      () => fakeBrowser.notifications.onButtonClicked.trigger('stretch-break', 0),
    ],
    ['answered with the keyboard shortcut', () => fakeCommands.trigger(START_COMMAND)],
  ])(
    'starts the guided stretch and opens its window when the notification is %s',
    async (_, act) => {
      await liveUntil(START + 30 * MIN, fake);
      const offered = (await local('suggestion')) as { stretch: { id: string } };
      await act();
      await settled();
      expect(fake.deps.openStretchWindow).toHaveBeenCalledTimes(1);
      const session = (await local('guided-session')) as { stretchId: string; finishedAt: null };
      expect(session).toMatchObject({ stretchId: offered.stretch.id, finishedAt: null });
      const schedule = (await local('schedule')) as { reminder: { phase: string } };
      expect(schedule.reminder.phase).toBe('stretching');
      expect(fake.cleared).toContain('stretch-break');
    },
  );

  it('starts the routine chosen as the break, and an entry chosen by name alone', async () => {
    await liveUntil(START + 10 * MIN, fake);
    const routine = ROUTINES.find((r) => r.id === 'desk-hips');
    const resolved =
      routine &&
      resolveRoutine(
        routine,
        stretches,
        { conditions: [], equipment: DEFAULT_SETTINGS.equipment, excluded: [] },
        DEFAULT_SETTINGS,
      );
    if (!resolved) throw new Error('desk hips is not offered with the default settings');
    await fakeBrowser.storage.local.set({
      'break-routine': readySession(resolved.entry, 'desk-hips'),
    });
    await serialize(() => runSessionCommand(fake.deps, 'start'));
    expect(await local('guided-session')).toMatchObject({ routine: 'Desk hips' });
    await serialize(() => runSessionCommand(fake.deps, 'close'));
    await serialize(() => runSessionCommand(fake.deps, 'start-one'));
    const one = (await local('guided-session')) as { routine?: string; stretchId: string };
    const offered = (await local('suggestion')) as { stretch: { id: string } };
    expect(one.routine).toBeUndefined();
    expect(one.stretchId).toBe(offered.stretch.id);
  });

  it('starts a stretch from the keyboard shortcut with no reminder up, and ignores other commands', async () => {
    await liveUntil(START + 10 * MIN, fake);
    fakeCommands.trigger('something-else');
    await settled();
    expect(fake.deps.openStretchWindow).not.toHaveBeenCalled();
    fakeCommands.trigger(START_COMMAND);
    await settled();
    expect(fake.deps.openStretchWindow).toHaveBeenCalledTimes(1);
    const session = (await local('guided-session')) as { stretchId: string; finishedAt: null };
    expect(session).toMatchObject({ finishedAt: null });
    expect(typeof session.stretchId).toBe('string');
  });

  it('treats an idle period of at least the natural-break length as a break', async () => {
    await liveUntil(START + 20 * MIN, fake);
    fake.idle('idle');
    await settled();
    fake.setNow(START + 26 * MIN);
    fake.idle('active');
    await settled();
    const schedule = (await local('schedule')) as { sittingSince: number };
    expect(schedule.sittingSince).toBe(START + 26 * MIN);
    const history = (await readWholeHistory()) as { kind: string }[];
    expect(history.map((entry) => entry.kind)).toEqual(['natural-break']);
  });

  it('keeps sitting time across a short idle period', async () => {
    await liveUntil(START + 20 * MIN, fake);
    fake.idle('idle');
    await settled();
    fake.setNow(START + 22 * MIN);
    fake.idle('active');
    await settled();
    expect(((await local('schedule')) as { sittingSince: number }).sittingSince).toBe(START);
  });

  it('moves the next reminder at once when the interval changes', async () => {
    await liveUntil(START + 10 * MIN, fake);
    await saveSettings({ intervalMinutes: 12 }, fake.deps.now);
    await vi.waitFor(async () => {
      const alarm = await fakeBrowser.alarms.get('schedule');
      expect(alarm?.scheduledTime).toBeLessThanOrEqual(START + 12 * MIN);
    });
    await settled();
    await liveUntil(START + 12 * MIN - 1, fake);
    expect(fake.shown).toHaveLength(0);
    await liveUntil(START + 12 * MIN, fake);
    expect(fake.shown).toHaveLength(1);
    expect(fake.shown[0]?.content.title).toBe('Time to stand up: 12 minutes sitting');
  });

  it('re-creates a missing alarm on the next wake', async () => {
    await fakeBrowser.alarms.clearAll();
    await fakeBrowser.runtime.onStartup.trigger();
    await settled();
    expect(await fakeBrowser.alarms.get('schedule')).toBeDefined();
  });

  /** Fires the session alarm each time it is due until there is none; returns the cues shown. */
  async function followSession() {
    for (let guard = 0; guard < 50; guard++) {
      const alarm = await fakeBrowser.alarms.get(SESSION_ALARM);
      if (!alarm) break;
      fake.setNow(alarm.scheduledTime);
      await fire(SESSION_ALARM, fake);
    }
    return fake.shown.filter((n) => n.id === 'stretch-done').map((n) => n.content.title);
  }

  it('counts a guided stretch that runs out with the popup closed, and cues it as it goes', async () => {
    await serialize(() => runSessionCommand(fake.deps, 'start'));
    const session = (await local('guided-session')) as {
      plan: { kind: string; seconds?: number }[];
    };
    const total = session.plan.reduce((sum, phase) => sum + (phase.seconds ?? 0), 0);
    const cues = await followSession();
    expect(((await local('guided-session')) as { finishedAt: number }).finishedAt).toBe(
      START + total * 1000,
    );
    expect(cues.at(-1)).toBe('Break done');
    // Each side switch is cued (and the side after it is not: the switch said it).
    const switches = session.plan.filter((phase) => phase.kind === 'switch').length;
    expect(cues.filter((title) => title === 'Switch sides')).toHaveLength(switches);
    expect(fake.shown.every((n) => n.content.sticky !== true || n.id !== 'stretch-done')).toBe(
      true,
    );
    const history = (await readWholeHistory()) as { kind: string }[];
    expect(history.at(-1)?.kind).toBe('stretched');
    expect(((await local('schedule')) as { intervalStart: number }).intervalStart).toBe(
      START + total * 1000,
    );
  });

  it('gives no cue while the popup or the stretch window shows the session', async () => {
    fake.onScreen.value = true;
    await serialize(() => runSessionCommand(fake.deps, 'start'));
    expect(await followSession()).toEqual([]);
    expect(((await local('guided-session')) as { finishedAt: number | null }).finishedAt).not.toBe(
      null,
    );
  });

  it('starts the one-minute stretch: the stretch on offer, about 60 s in all', async () => {
    await serialize(() => runSessionCommand(fake.deps, 'start-minute'));
    const session = (await local('guided-session')) as {
      stretchId: string;
      plan: { seconds?: number }[];
    };
    const offered = (await local('suggestion')) as { stretch: { id: string } };
    expect(session.stretchId).toBe(offered.stretch.id);
    const total = session.plan.reduce((sum, phase) => sum + (phase.seconds ?? 0), 0);
    expect(total).toBeGreaterThanOrEqual(59);
    expect(total).toBeLessThanOrEqual(60);
  });

  it('shows no notification when notifications are off, but still keeps the badge', async () => {
    await saveSettings({ notifications: false }, fake.deps.now);
    await settled();
    await liveUntil(START + 30 * MIN, fake);
    expect(fake.shown).toHaveLength(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
  });

  it('counts a countdown that ran out unseen when the popup then closes it', async () => {
    await serialize(() => runSessionCommand(fake.deps, 'start'));
    fake.advance(10 * MIN);
    await serialize(() => runSessionCommand(fake.deps, 'close'));
    const history = (await readWholeHistory()) as { kind: string }[];
    expect(history.map((entry) => entry.kind)).toEqual(['stretched']);
    expect(await local('guided-session')).toBeUndefined();
  });

  it('stops a showing reminder from coming back once a stretch starts in the popup', async () => {
    await liveUntil(START + 30 * MIN, fake);
    expect(fake.shown).toHaveLength(1);
    const offered = (await local('suggestion')) as { stretch: { id: string } };
    await serialize(() => runSessionCommand(fake.deps, 'start'));
    const schedule = (await local('schedule')) as { reminder: { phase: string } };
    expect(schedule.reminder.phase).toBe('stretching');
    expect(fake.cleared).toContain('stretch-break');
    await liveUntil(START + 45 * MIN, fake);
    expect(fake.shown.filter((n) => n.id === 'stretch-break')).toHaveLength(1);
    const session = (await local('guided-session')) as { stretchId: string };
    expect(session.stretchId).toBe(offered.stretch.id);
  });

  it('notices on the next wake that the user came back, when the idle change was missed', async () => {
    await liveUntil(START + 10 * MIN, fake);
    fake.idle('idle');
    await settled();
    expect(((await local('schedule')) as { away: unknown }).away).not.toBeNull();
    fake.setIdleQuietly('active');
    fake.setNow(START + 30 * MIN);
    // The worker was stopped meanwhile; a new one starts (for any event) and looks.
    stop();
    const restarted = startBackground(fake.deps);
    stop = restarted.stop;
    await restarted.ready;
    expect(((await local('schedule')) as { away: unknown }).away).toBeNull();
    expect(await fakeBrowser.alarms.get('schedule')).toBeDefined();
  });

  it('rests strengthening exercises for 48 hours after one was done, and names the stretch in history', async () => {
    await saveSettings({ kinds: ['stretch', 'strengthen'], place: 'anywhere' }, fake.deps.now);
    await settled();
    const settings = { ...(await settingsItem.getValue()) };
    await serialize(() => suggest(fake.deps, settings, { type: 'another' }));
    const kindOf = async () =>
      ((await local('suggestion')) as { stretch: { kind: string } }).stretch.kind;
    for (let i = 0; i < 60 && (await kindOf()) !== 'strengthen'; i++) {
      await serialize(() => suggest(fake.deps, settings, { type: 'another' }));
    }
    expect(await kindOf()).toBe('strengthen');
    await serialize(() => runSessionCommand(fake.deps, 'start'));
    // Done before the last set would end it early (no rest): go through every set instead.
    for (let i = 0; i < 20 && (await local('guided-session')) !== null; i++) {
      const session = (await local('guided-session')) as { finishedAt: number | null };
      if (session.finishedAt !== null) break;
      await serialize(() => runSessionCommand(fake.deps, 'next'));
    }
    const done = (await local('guided-session')) as {
      finishedAt: number | null;
      endedEarly?: boolean;
    };
    expect(done.finishedAt).not.toBeNull();
    expect(done.endedEarly).toBeUndefined();
    const history = (await readWholeHistory()) as { kind: string; stretchId?: string }[];
    const offered = (await local('suggestion')) as { stretch: { id: string } };
    expect(history.at(-1)).toMatchObject({ kind: 'stretched', stretchId: offered.stretch.id });

    const kinds = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await serialize(() => suggest(fake.deps, settings, { type: 'another' }));
      kinds.add(await kindOf());
    }
    expect([...kinds]).toEqual(['stretch']);
    fake.advance(49 * 60 * MIN);
    for (let i = 0; i < 60 && !kinds.has('strengthen'); i++) {
      await serialize(() => suggest(fake.deps, settings, { type: 'another' }));
      kinds.add(await kindOf());
    }
    expect(kinds.has('strengthen')).toBe(true);
  });
});
