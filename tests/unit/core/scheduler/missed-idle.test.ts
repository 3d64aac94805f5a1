import { describe, expect, it } from 'vitest';
import type { IdleState } from '../../../../core/scheduler';
import { initialScheduleState, missedIdleChange } from '../../../../core/scheduler';

const NOW = Date.UTC(2026, 10, 23, 9);
const here = initialScheduleState(NOW);
const away = { ...here, away: { since: NOW - 60_000, locked: false } };

describe('missedIdleChange', () => {
  it.each<[string, typeof here, IdleState, IdleState | null]>([
    ['at the screen and active: nothing missed', here, 'active', null],
    ['at the screen but idle now: the idle change was missed', here, 'idle', 'idle'],
    ['at the screen but locked now: the lock was missed', here, 'locked', 'locked'],
    ['away and still idle: nothing missed', away, 'idle', null],
    ['away and locked: still away, nothing to replay', away, 'locked', null],
    ['away but active now: the return was missed', away, 'active', 'active'],
  ])('%s', (_name, state, actual, missed) => {
    expect(missedIdleChange(state, actual)).toBe(missed);
  });
});
