import { describe, expect, it } from 'vitest';
import type { ScheduleEffect } from '../../../../core/scheduler';
import { initialScheduleState } from '../../../../core/scheduler';
import { chain, to } from '../../../../core/scheduler/transition';

const start = initialScheduleState(1_000);
const alarm = (at: number): ScheduleEffect => ({ type: 'set-alarm', at });

describe('chain', () => {
  it('is the state unchanged, with no effects, when there are no steps', () => {
    expect(chain(start)).toEqual({ state: start, effects: [] });
  });

  it('runs each step on the state the step before produced and keeps every effect in order', () => {
    const result = chain(
      start,
      (s) => to({ ...s, lastSeenAt: 2_000 }, alarm(1), alarm(2)),
      (s) => to({ ...s, sittingSince: s.lastSeenAt }),
      (s) => to(s, alarm(s.sittingSince)),
    );
    expect(result.state).toEqual({ ...start, lastSeenAt: 2_000, sittingSince: 2_000 });
    expect(result.effects).toEqual([alarm(1), alarm(2), alarm(2_000)]);
  });

  it('leaves the effect lists of the steps untouched', () => {
    const first = to(start, alarm(1));
    const second = to(start, alarm(2));
    chain(
      start,
      () => first,
      () => second,
    );
    expect(first.effects).toEqual([alarm(1)]);
    expect(second.effects).toEqual([alarm(2)]);
  });
});
