import { describe, expect, it } from 'vitest';
import { describeSchedule, step } from '@/core/scheduler';
import { ev, MIN, monday, ofType, settingsWith, simulate } from './run-scenario';

const settings = settingsWith();

describe('clock changes', () => {
  it('keeps sitting time and never goes negative when the clock is set back', () => {
    const sim = simulate({ start: monday(10), until: monday(10, 20) });
    const back = monday(9, 50);
    const result = step(sim.state, ev.alarm(), back, settings);
    const view = describeSchedule(result.state, back, settings);
    expect(view.sittingMs).toBe(20 * MIN);
    expect(view.nextBreakAt).toBe(monday(10));
    expect(ofType(result.effects, 'record')).toEqual([]);
    for (const effect of ofType(result.effects, 'set-alarm'))
      expect(effect.at).toBeGreaterThan(back);
    expect(result.state.lastSeenAt).toBe(back);
    expect(result.state.sittingSince).toBeLessThanOrEqual(back);
  });

  it('keeps the length of a pause when the clock is set back', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(10, 10),
      events: [[monday(10, 10), ev.pause('minutes-30')]],
    });
    const result = step(sim.state, ev.wake(), monday(9), settings);
    expect(result.state.pause?.until).toBe(monday(9, 30));
  });

  it('treats a big forward jump as a break, without reminders', () => {
    const sim = simulate({ start: monday(10), until: monday(10, 25) });
    const result = step(sim.state, ev.alarm(), monday(14), settings);
    expect(ofType(result.effects, 'notify')).toEqual([]);
    expect(ofType(result.effects, 'record')[0]).toMatchObject({ kind: 'natural-break' });
  });

  it('gives at most one catch-up reminder after a small forward jump past the due time', () => {
    const sim = simulate({ start: monday(10), until: monday(10, 29) });
    const jumped = step(sim.state, ev.alarm(), monday(10, 34), settings);
    expect(ofType(jumped.effects, 'notify')).toEqual([
      { type: 'notify', sittingMinutes: 34, attempt: 1 },
    ]);
  });

  it('clamps a stored state whose times lie in the future', () => {
    const sim = simulate({ start: monday(12), until: monday(12, 10) });
    const result = step(sim.state, ev.wake(), monday(11), settings);
    expect(result.state.sittingSince).toBeLessThanOrEqual(monday(11));
    expect(describeSchedule(result.state, monday(11), settings).sittingMs).toBeGreaterThanOrEqual(
      0,
    );
  });
});
