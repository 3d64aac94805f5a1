import { describe, expect, it } from 'vitest';
import type { ScheduleEffect } from '@/core/scheduler';
import { ev, MIN, monday, ofType, type Simulation, simulate, type Timed } from './run-scenario';

const notifyTimes = (sim: Simulation) =>
  sim.log.flatMap((l) => (ofType(l.effects, 'notify').length ? [l.at] : []));

// The person answers each first reminder after 20 s and stretches for two minutes.
const stretcher = (effect: ScheduleEffect, at: number): Timed[] =>
  effect.type === 'notify'
    ? [
        [at + 20_000, ev.start()],
        [at + 2 * MIN + 20_000, ev.done()],
      ]
    : [];

describe('a simulated working day of 8 active hours', () => {
  it('reminds about every half hour when the person stretches each time', () => {
    const sim = simulate({ start: monday(9), until: monday(17), respond: stretcher });
    const times = notifyTimes(sim);
    // Each cycle: 30 min sitting plus a 2:20 stretch.
    expect(times).toHaveLength(14);
    const gaps = times.slice(1).map((t, i) => t - (times[i] ?? 0));
    expect(gaps.every((g) => g === 32 * MIN + 20_000)).toBe(true);
    expect(
      ofType(sim.effects, 'notify').every((n) => n.attempt === 1 && n.sittingMinutes === 30),
    ).toBe(true);
    expect(ofType(sim.effects, 'record').map((r) => r.kind)).toEqual(
      Array(14).fill(['offered', 'stretched']).flat(),
    );
    expect(sim.alarmWakes.length).toBeLessThanOrEqual(8 * 61);
  });

  it('keeps a steady rhythm when every reminder is ignored, without stacking', () => {
    const sim = simulate({ start: monday(9), until: monday(17) });
    const notifies = ofType(sim.effects, 'notify');
    // Per 45-minute cycle: 30 min, then attempts at +0, +5, +10 and missed at +15.
    expect(notifies.slice(0, 6).map((n) => n.attempt)).toEqual([1, 2, 3, 1, 2, 3]);
    // Each reminder is offered once, however often it comes back, then missed.
    const kinds = ofType(sim.effects, 'record').map((r) => r.kind);
    expect(kinds.filter((k) => k === 'offered')).toHaveLength(11);
    expect(kinds.filter((k) => k !== 'offered')).toEqual(Array(10).fill('missed'));
    expect(sim.log.every((l) => ofType(l.effects, 'notify').length <= 1)).toBe(true);
    expect(sim.alarmWakes.length).toBeLessThanOrEqual(8 * 61);
    expect(ofType(sim.effects, 'set-badge').length).toBeLessThanOrEqual(8 * 61);
  });

  it('wakes about once a minute over the day', () => {
    const sim = simulate({ start: monday(9), until: monday(17), respond: stretcher });
    expect(sim.alarmWakes.length).toBeGreaterThan(8 * 55);
  });
});
