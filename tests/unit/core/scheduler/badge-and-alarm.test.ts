import { describe, expect, it } from 'vitest';
import {
  initialScheduleState,
  MIN_ALARM_DELAY_MS,
  PAUSE_BADGE,
  REMINDER_BADGE,
  type ScheduleEvent,
  step,
} from '@/core/scheduler';
import {
  ev,
  MIN,
  monday,
  ofType,
  type StepLog,
  settingsWith,
  simulate,
  type Timed,
} from './run-scenario';

const badgeSteps = (log: StepLog[]) =>
  log.flatMap((l) => ofType(l.effects, 'set-badge').map((b) => ({ at: l.at, ...b })));

describe('the badge', () => {
  it('shows whole minutes to the next stretch with the sitting time in the tooltip', () => {
    const sim = simulate({ start: monday(10), until: monday(10, 18) });
    expect(ofType(sim.effects, 'set-badge').at(-1)).toEqual({
      type: 'set-badge',
      text: '12',
      title: 'Sitting for 18 min · next break in 12 min',
    });
  });

  it('shows "!" while a reminder is up', () => {
    const sim = simulate({ start: monday(10), until: monday(10, 30) });
    expect(ofType(sim.effects, 'set-badge').at(-1)).toEqual({
      type: 'set-badge',
      text: REMINDER_BADGE,
      title: 'Sitting for 30 min · time to stretch',
    });
  });

  it('formats long sitting times in hours', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(11, 5),
      settings: { intervalMinutes: 90 },
    });
    expect(ofType(sim.effects, 'set-badge').at(-1)?.title).toBe(
      'Sitting for 1 h 5 min · next break in 25 min',
    );
  });

  it('updates at most once a minute during a burst of events', () => {
    const burst: Timed[] = Array.from(
      { length: 20 },
      (_, i): Timed => [monday(10, 5) + i * 2_000, i % 2 ? ev.wake() : ev.alarm()],
    );
    const sim = simulate({ start: monday(10), until: monday(10, 7), events: burst });
    const times = badgeSteps(sim.log).map((b) => b.at);
    for (let i = 1; i < times.length; i++) {
      expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThanOrEqual(MIN);
    }
  });

  it('updates once on going away and not again while away', () => {
    const events: Timed[] = [
      [monday(10, 10), ev.idle()],
      [monday(10, 12), ev.wake()],
      [monday(10, 14), ev.locked()],
      [monday(10, 20), ev.wake()],
    ];
    const sim = simulate({ start: monday(10), until: monday(10, 30), events });
    const away = badgeSteps(sim.log).filter((b) => b.at >= monday(10, 10));
    expect(away).toEqual([
      {
        at: monday(10, 10),
        type: 'set-badge',
        text: '',
        title: 'Away from the computer · sitting time stopped',
      },
    ]);
  });

  it('updates once on pausing and not again while paused', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(11, 30),
      events: [
        [monday(10, 10), ev.pause('tomorrow')],
        [monday(10, 20), ev.idle()],
        [monday(10, 40), ev.active()],
        [monday(11), ev.wake()],
      ],
    });
    expect(badgeSteps(sim.log).filter((b) => b.at >= monday(10, 10))).toEqual([
      {
        at: monday(10, 10),
        type: 'set-badge',
        text: PAUSE_BADGE,
        title: 'Reminders paused until Tue 08:00',
      },
    ]);
  });

  it('reflects a click in the popup at once', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(10, 20, 30),
      events: [[monday(10, 20, 30), ev.skip()]],
    });
    expect(ofType(sim.log.at(-1)?.effects ?? [], 'set-badge')).toEqual([
      { type: 'set-badge', text: '30', title: 'Sitting for 20 min · next break in 30 min' },
    ]);
  });
});

describe('the alarm', () => {
  const mixed: Timed[] = [
    [monday(10, 5), ev.idle()],
    [monday(10, 7), ev.active()],
    [monday(10, 31), ev.snoozeButton()],
    [monday(10, 40), ev.clicked()],
    [monday(10, 42), ev.done()],
    [monday(10, 50), ev.pause('minutes-30')],
    [monday(11, 30), ev.locked()],
    [monday(11, 31), ev.active()],
    [monday(11, 40), ev.settingsChanged()],
    [monday(11, 45), ev.skip()],
    [monday(11, 46), ev.pause('resumed')],
    [monday(11, 50), ev.resume()],
  ];

  it('ends every step with exactly one alarm effect, never sooner than 30 s ahead', () => {
    const sim = simulate({ start: monday(10), until: monday(12, 30), events: mixed });
    for (const { at, effects } of sim.log) {
      const alarms = effects.filter((e) => e.type === 'set-alarm' || e.type === 'clear-alarm');
      expect(alarms).toHaveLength(1);
      expect(effects.at(-1)).toBe(alarms[0]);
      for (const set of ofType(effects, 'set-alarm')) {
        expect(set.at).toBeGreaterThanOrEqual(at + MIN_ALARM_DELAY_MS);
      }
    }
  });

  it('re-creates the alarm on every wake', () => {
    const wakes: ScheduleEvent[] = [
      ev.wake('worker-start'),
      ev.wake('startup'),
      ev.wake('installed'),
    ];
    const sim = simulate({
      start: monday(10),
      until: monday(10, 3),
      events: wakes.map((w, i): Timed => [monday(10, 1) + i * 1_000, w]),
    });
    for (const l of sim.log) expect(ofType(l.effects, 'set-alarm')).toHaveLength(1);
  });

  it('is cleared while the person is away', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(11),
      events: [[monday(10, 10), ev.idle()]],
    });
    expect(sim.log.at(-1)?.effects.at(-1)).toEqual({ type: 'clear-alarm' });
    expect(sim.alarmWakes.filter((t) => t > monday(10, 10))).toEqual([]);
  });

  it('wakes the worker at most 61 times in an active hour', () => {
    const sim = simulate({ start: monday(10), until: monday(11) });
    expect(sim.alarmWakes.length).toBeLessThanOrEqual(61);
    expect(sim.alarmWakes.length).toBeGreaterThanOrEqual(55);
  });
});

describe('the badge after a browser restart', () => {
  it.each(['startup', 'installed'] as const)(
    'is drawn again on a %s wake even when unchanged',
    (reason) => {
      const env = { fullscreen: false, audible: false };
      const settings = settingsWith();
      const paused = step(
        initialScheduleState(monday(10)),
        { type: 'pause', until: 'resumed' },
        monday(10),
        settings,
      ).state;
      const again = step(paused, { type: 'wake', reason, env }, monday(11), settings);
      expect(again.effects).toContainEqual({
        type: 'set-badge',
        text: '❚❚',
        title: expect.any(String),
      });
      const workerStart = step(
        paused,
        { type: 'wake', reason: 'worker-start', env },
        monday(11),
        settings,
      );
      expect(workerStart.effects.some((e) => e.type === 'set-badge')).toBe(false);
    },
  );
});
