import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCHEDULE_SETTINGS,
  initialScheduleState,
  parseScheduleState,
  type ScheduleEffect,
  type ScheduleEvent,
  type ScheduleSettings,
  type ScheduleState,
  step,
} from '@/core/scheduler';
import { BREAK_STYLES } from '../../../../core/settings/defaults';
import { recordFaultFigures } from '../../../fault-figures.mjs';
import { MIN } from './run-scenario';

// A worker can be stopped between any two events; the next one starts from what was stored. So a
// run with kills (every state written, read back and checked, as a woken worker does) must give
// exactly the effects of the run without them.

const START = new Date(2026, 0, 12, 8, 0).getTime();
const env = fc.record({ fullscreen: fc.boolean(), audible: fc.boolean() });
const event: fc.Arbitrary<ScheduleEvent> = fc.oneof(
  fc.record({ type: fc.constant('alarm' as const), env }),
  fc.record({
    type: fc.constant('wake' as const),
    reason: fc.constantFrom('worker-start' as const, 'startup' as const, 'installed' as const),
    env,
  }),
  fc.record({
    type: fc.constant('idle' as const),
    state: fc.constantFrom('active' as const, 'idle' as const, 'locked' as const),
    env,
  }),
  fc.constantFrom<ScheduleEvent>(
    { type: 'notification-clicked' },
    { type: 'notification-start' },
    { type: 'notification-snooze' },
    { type: 'notification-closed', byUser: true },
    { type: 'notification-closed', byUser: false },
    { type: 'stretch-started' },
    { type: 'stretch-done', stretchId: 'pigeon', complete: true },
    { type: 'stretch-done', complete: false },
    { type: 'snooze' },
    { type: 'skip' },
    { type: 'resume' },
    { type: 'pause', until: 'minutes-30' },
    { type: 'pause', until: 'hour-1' },
    { type: 'pause', until: 'tomorrow' },
    { type: 'pause', until: 'resumed' },
  ),
  fc.record({ type: fc.constant('settings-changed' as const), env }),
);
// Mostly a few minutes apart, sometimes hours (a night, a weekend), sometimes a clock set back.
const gap = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 12 * MIN }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 60 * 60 * MIN }) },
  { weight: 1, arbitrary: fc.integer({ min: -90 * MIN, max: 0 }) },
);
const settings: fc.Arbitrary<ScheduleSettings> = fc.record({
  intervalMinutes: fc.constantFrom(5, 30, 50),
  snoozeMinutes: fc.constantFrom(1, 5),
  repeatIgnored: fc.constantFrom(0, 2),
  naturalBreakMinutes: fc.constantFrom(2, 5),
  maxDeferMinutes: fc.constantFrom(0, 15),
  deferWhenFullscreen: fc.boolean(),
  deferWhenAudible: fc.boolean(),
  breakStyle: fc.constantFrom(...BREAK_STYLES),
  breakPageAfterMinutes: fc.constantFrom(1, 2, 15),
  workingHours: fc.constantFrom(DEFAULT_SCHEDULE_SETTINGS.workingHours, {
    ...DEFAULT_SCHEDULE_SETTINGS.workingHours,
    enabled: true,
  }),
});

/** Runs the events; where `kills` says so, the state goes through storage before the next step. */
function run(
  initial: ScheduleState,
  steps: [number, ScheduleEvent][],
  s: ScheduleSettings,
  kills: boolean[],
): ScheduleEffect[][] {
  let state = initial;
  let now = START;
  const effects: ScheduleEffect[][] = [];
  steps.forEach(([delta, e], i) => {
    now += delta;
    if (kills[i]) state = parseScheduleState(JSON.parse(JSON.stringify(state)), now);
    const result = step(state, e, now, s);
    state = result.state;
    effects.push(result.effects);
  });
  return effects;
}

/** Effects of the calm run missing from the killed one (lost), and extra ones in it (doubled). */
function compare(calm: ScheduleEffect[][], killed: ScheduleEffect[][]) {
  const count = (runs: ScheduleEffect[][]) => {
    const counts = new Map<string, number>();
    runs.forEach((effects, i) => {
      for (const effect of effects) {
        const key = `${i} ${JSON.stringify(effect)}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    });
    return counts;
  };
  const [a, b] = [count(calm), count(killed)];
  let lost = 0;
  let doubled = 0;
  for (const [key, n] of a) lost += Math.max(0, n - (b.get(key) ?? 0));
  for (const [key, n] of b) doubled += Math.max(0, n - (a.get(key) ?? 0));
  return { lost, doubled };
}

describe('the scheduler across worker kills', () => {
  it('gives the same effects with a kill before any step as without (10,000 seeded runs)', () => {
    const figures = { sequences: 0, killPoints: 0, lost: 0, doubled: 0, crashes: 0 };
    try {
      fc.assert(
        fc.property(
          settings,
          fc.array(fc.tuple(gap, event), { minLength: 1, maxLength: 30 }),
          fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
          (s, steps, kills) => {
            figures.sequences++;
            figures.killPoints += kills.slice(0, steps.length).filter(Boolean).length;
            const initial = initialScheduleState(START);
            let calm: ScheduleEffect[][] = [];
            let killed: ScheduleEffect[][] = [];
            try {
              calm = run(initial, steps, s, []);
              killed = run(initial, steps, s, kills);
            } catch (error) {
              figures.crashes++;
              throw error;
            }
            const { lost, doubled } = compare(calm, killed);
            figures.lost += lost;
            figures.doubled += doubled;
            expect(killed).toEqual(calm);
          },
        ),
        { seed: 20261201, numRuns: 10_000 },
      );
    } finally {
      const { sequences, killPoints, ...failures } = figures;
      recordFaultFigures('unit-kill-property', { tried: { sequences, killPoints }, ...failures });
    }
    expect(figures.sequences).toBe(10_000);
    expect(figures.killPoints).toBeGreaterThan(20_000);
  }, 120_000);
});
