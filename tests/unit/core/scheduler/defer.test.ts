import { describe, expect, it } from 'vitest';
import type { Environment } from '@/core/scheduler';
import { monday, ofType, QUIET, type Simulation, simulate } from './run-scenario';

const FULLSCREEN: Environment = { fullscreen: true, audible: false };
const AUDIBLE: Environment = { fullscreen: false, audible: true };
const until = (end: number, env: Environment) => (at: number) => (at < end ? env : QUIET);
const notifyTimes = (sim: Simulation) =>
  sim.log.flatMap((l) => (ofType(l.effects, 'notify').length ? [l.at] : []));

describe("don't interrupt", () => {
  it('holds a due reminder while fullscreen, checking every minute', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(10, 34),
      env: until(monday(10, 33), FULLSCREEN),
    });
    expect(notifyTimes(sim)).toEqual([monday(10, 33)]);
    expect(sim.alarmWakes.filter((t) => t >= monday(10, 30))).toEqual([
      monday(10, 30),
      monday(10, 31),
      monday(10, 32),
      monday(10, 33),
      monday(10, 34),
    ]);
  });

  it('shows it anyway after maxDeferMinutes', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(10, 50),
      env: () => FULLSCREEN,
    });
    expect(notifyTimes(sim)[0]).toBe(monday(10, 45));
  });

  it('honours a shorter cap', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(10, 40),
      env: () => FULLSCREEN,
      settings: { maxDeferMinutes: 2 },
    });
    expect(notifyTimes(sim)[0]).toBe(monday(10, 32));
  });

  it('ignores fullscreen when that deferral is off', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(10, 31),
      env: () => FULLSCREEN,
      settings: { deferWhenFullscreen: false },
    });
    expect(notifyTimes(sim)).toEqual([monday(10, 30)]);
  });

  it('does not wait for audio by default', () => {
    const sim = simulate({ start: monday(10), until: monday(10, 31), env: () => AUDIBLE });
    expect(notifyTimes(sim)).toEqual([monday(10, 30)]);
  });

  it('waits for audio when enabled, until no tab has been heard for two minutes', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(10, 40),
      env: until(monday(10, 36), AUDIBLE),
      settings: { deferWhenAudible: true },
    });
    // Last heard at the 10:35 check; the call has ended two minutes later.
    expect(notifyTimes(sim)).toEqual([monday(10, 37)]);
    const notify = ofType(sim.effects, 'notify')[0];
    expect(notify).toEqual({ type: 'notify', sittingMinutes: 37, attempt: 1 });
  });

  it("does not take a call's quiet moment for its end", () => {
    const quietAt1032 = (at: number) =>
      at < monday(10, 36) && at !== monday(10, 32) ? AUDIBLE : QUIET;
    const sim = simulate({
      start: monday(10),
      until: monday(10, 40),
      env: quietAt1032,
      settings: { deferWhenAudible: true },
    });
    expect(notifyTimes(sim)).toEqual([monday(10, 37)]);
  });

  it.each([
    [monday(10, 33), 2, monday(10, 32)],
    [monday(10, 50), 15, monday(10, 45)],
  ])(
    'never holds a break for a call past the cap (sound until %s, cap %i min)',
    (end, cap, shown) => {
      const sim = simulate({
        start: monday(10),
        until: monday(10, 50),
        env: until(end, AUDIBLE),
        settings: { deferWhenAudible: true, maxDeferMinutes: cap },
      });
      expect(notifyTimes(sim)[0]).toBe(shown);
    },
  );

  it('remembers when sound was last heard while it holds the break', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(10, 33),
      env: until(monday(10, 33), AUDIBLE),
      settings: { deferWhenAudible: true },
    });
    expect(sim.state.reminder).toEqual({
      phase: 'deferred',
      dueSince: monday(10, 30),
      heardAt: monday(10, 32),
    });
  });

  it('shows a break held for fullscreen as soon as fullscreen ends (no call to wait out)', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(10, 35),
      env: until(monday(10, 33), FULLSCREEN),
      settings: { deferWhenAudible: true },
    });
    expect(notifyTimes(sim)).toEqual([monday(10, 33)]);
  });

  it('shows the countdown at 0 while holding back', () => {
    const sim = simulate({ start: monday(10), until: monday(10, 31), env: () => FULLSCREEN });
    expect(ofType(sim.effects, 'set-badge').at(-1)).toMatchObject({ text: '0' });
    expect(sim.state.reminder).toEqual({ phase: 'deferred', dueSince: monday(10, 30) });
  });
});
