import { describe, expect, it } from 'vitest';
import { figureCue } from '../../../core/guided-session/figure-cue';
import type { Phase } from '../../../core/guided-session/plan';

const TWO_SIDED: Phase[] = [
  { kind: 'hold', side: 1, seconds: 30 },
  { kind: 'switch', seconds: 5 },
  { kind: 'hold', side: 2, seconds: 30 },
];

describe('figureCue', () => {
  it('shows side one, still, with no session', () => {
    expect(figureCue([], null)).toEqual({ side: 1, playKey: null });
  });

  it('plays the movement as each side begins, mirrored for side two', () => {
    expect(figureCue(TWO_SIDED, 0)).toEqual({ side: 1, playKey: 0 });
    expect(figureCue(TWO_SIDED, 2)).toEqual({ side: 2, playKey: 2 });
  });

  it('turns to the coming side, still, while switching', () => {
    expect(figureCue(TWO_SIDED, 1)).toEqual({ side: 2, playKey: null });
  });

  it('plays each set of a one-sided exercise, and holds still in the rest between', () => {
    const sets: Phase[] = [
      { kind: 'set', set: 1, sets: 2, reps: 10, side: null },
      { kind: 'rest', seconds: 60 },
      { kind: 'set', set: 2, sets: 2, reps: 10, side: null },
    ];
    expect(figureCue(sets, 0)).toEqual({ side: 1, playKey: 0 });
    expect(figureCue(sets, 1)).toEqual({ side: 1, playKey: null });
    expect(figureCue(sets, 2)).toEqual({ side: 1, playKey: 2 });
  });

  it('shows side one, still, for an index outside the plan (no session, or a stale index)', () => {
    const sideTwoFirst: Phase[] = [
      { kind: 'switch', seconds: 5 },
      { kind: 'hold', side: 2, seconds: 30 },
    ];
    const table: [readonly Phase[], number | null][] = [
      [sideTwoFirst, null],
      [TWO_SIDED, -1],
      [sideTwoFirst, -2],
    ];
    for (const [plan, index] of table) {
      expect(figureCue(plan, index)).toEqual({ side: 1, playKey: null });
    }
  });

  it('plays a roll as it begins, like a hold', () => {
    const roll: Phase[] = [
      { kind: 'switch', seconds: 5 },
      { kind: 'roll', side: 2, seconds: 40 },
    ];
    expect(figureCue(roll, 1)).toEqual({ side: 2, playKey: 1 });
    expect(figureCue(roll, 0)).toEqual({ side: 2, playKey: null });
  });
});
