import { describe, expect, it } from 'vitest';
import { ONE_MINUTE_SECONDS, oneMinuteEntry } from '../../../../core/guided-session/one-minute';
import { isTimed, type Phase } from '../../../../core/guided-session/plan';
import type { Dose, Stretch } from '../../../../data/stretch-types';
import { stretches } from '../../../../data/stretches';

const base = stretches[0];
const entry = (sides: Stretch['sides'], dose: Dose, kind: Stretch['kind'] = 'stretch') =>
  ({ ...base, id: 'test', sides, dose, kind }) as Stretch;
const hold: Dose = { type: 'hold', seconds: 30 };
const roll: Dose = { type: 'timed', seconds: 90 };
const reps: Dose = { type: 'reps', sets: 3, reps: 10, restSeconds: 45 };
const length = (plan: Phase[]) =>
  plan.reduce((sum, phase) => sum + (isTimed(phase) ? phase.seconds : 0), 0);

describe('the one-minute stretch', () => {
  it.each<[string, Stretch, { holdSeconds: number; switchSeconds: number }, Phase[]]>([
    [
      'a hold each side shares the minute with the switch',
      entry('each', hold),
      { holdSeconds: 30, switchSeconds: 5 },
      [
        { kind: 'hold', side: 1, seconds: 27 },
        { kind: 'switch', seconds: 5 },
        { kind: 'hold', side: 2, seconds: 27 },
      ],
    ],
    [
      'a hold each side, longer than the user’s usual 15 s',
      entry('each', hold),
      { holdSeconds: 15, switchSeconds: 3 },
      [
        { kind: 'hold', side: 1, seconds: 28 },
        { kind: 'switch', seconds: 3 },
        { kind: 'hold', side: 2, seconds: 28 },
      ],
    ],
    [
      'a long switch never cuts a hold below 15 s',
      entry('each', hold),
      { holdSeconds: 60, switchSeconds: 30 },
      [
        { kind: 'hold', side: 1, seconds: 15 },
        { kind: 'switch', seconds: 30 },
        { kind: 'hold', side: 2, seconds: 15 },
      ],
    ],
    [
      'a hold for both sides at once is one minute',
      entry('both', hold),
      { holdSeconds: 30, switchSeconds: 5 },
      [{ kind: 'hold', side: null, seconds: 60 }],
    ],
    [
      'foam rolling each side is cut from 90 s a side',
      entry('each', roll, 'release'),
      { holdSeconds: 30, switchSeconds: 5 },
      [
        { kind: 'roll', side: 1, seconds: 27 },
        { kind: 'switch', seconds: 5 },
        { kind: 'roll', side: 2, seconds: 27 },
      ],
    ],
    [
      'a move in sets is one set each side, with no rest',
      entry('each', reps),
      { holdSeconds: 30, switchSeconds: 5 },
      [
        { kind: 'set', set: 1, sets: 1, reps: 10, side: 1 },
        { kind: 'switch', seconds: 5 },
        { kind: 'set', set: 1, sets: 1, reps: 10, side: 2 },
      ],
    ],
  ])('%s', (_, stretch, settings, plan) => {
    const made = oneMinuteEntry(stretch, settings);
    expect(made).toEqual({ stretchId: 'test', strengthening: false, plan });
  });

  it('lasts about a minute for every timed entry of the library, at the default times', () => {
    for (const stretch of stretches.filter((s) => s.dose.type !== 'reps')) {
      const { plan } = oneMinuteEntry(stretch, { holdSeconds: 30, switchSeconds: 5 });
      expect(length(plan), stretch.id).toBeGreaterThanOrEqual(ONE_MINUTE_SECONDS - 1);
      expect(length(plan), stretch.id).toBeLessThanOrEqual(ONE_MINUTE_SECONDS);
    }
  });
});
