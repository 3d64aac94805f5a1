import type { ScheduleEffect } from './effects';
import type { ScheduleState } from './schedule-state';

/** A new state and the effects that getting there asks for, in the order they must run. */
export interface Transition {
  state: ScheduleState;
  effects: ScheduleEffect[];
}

/** A transition to `state` that asks for `effects` (none by default). */
export function to(state: ScheduleState, ...effects: ScheduleEffect[]): Transition {
  return { state, effects };
}

/**
 * Runs each step on the state the one before produced, starting from `state`, and keeps every
 * step's effects in order: how the scheduler composes its parts without sharing a mutable list.
 */
export function chain(
  state: ScheduleState,
  ...steps: ((state: ScheduleState) => Transition)[]
): Transition {
  return steps.reduce<Transition>((done, next) => {
    const result = next(done.state);
    return { state: result.state, effects: [...done.effects, ...result.effects] };
  }, to(state));
}
