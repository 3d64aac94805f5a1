import { describe, expect, it } from 'vitest';
import {
  badgeFor,
  DEFAULT_SCHEDULE_SETTINGS,
  initialScheduleState,
  type ScheduleEvent,
  type ScheduleState,
} from '@/core/scheduler';
import { updateBadge } from '@/core/scheduler/badge';
import { reanchorClock } from '@/core/scheduler/clock';
import { isUserAction } from '@/core/scheduler/events';
import { MIN, monday, QUIET } from './run-scenario';

const settings = DEFAULT_SCHEDULE_SETTINGS;
const NOW = monday(10, 12, 20);
// Sitting since 10:00; the badge now reads 18 (minutes to the 10:30 reminder).
const sitting = { ...initialScheduleState(monday(10)), lastSeenAt: NOW };
const view = badgeFor(sitting, NOW, settings);
const drawn = (
  memo: Partial<NonNullable<ScheduleState['badge']>>,
  state = sitting,
): ScheduleState => ({
  ...state,
  badge: { kind: 'countdown', text: view.text, title: view.title, at: NOW - 10_000, ...memo },
});
const badgeSet = (state: ScheduleState, immediate: boolean, now = NOW) =>
  updateBadge(state, now, settings, immediate).effects.filter((e) => e.type === 'set-badge');

describe('the badge redraw', () => {
  it('draws nothing when text and title are what is shown', () => {
    expect(view).toMatchObject({ kind: 'countdown', text: '18' });
    expect(badgeSet(drawn({}), true)).toEqual([]);
  });

  it.each<[string, Partial<NonNullable<ScheduleState['badge']>>]>([
    ['the text', { text: '19' }],
    ['the title', { title: 'Sitting for 11 min · next break in 18 min' }],
  ])('redraws at once for a user action when only %s changed', (_name, memo) => {
    expect(badgeSet(drawn(memo), true)).toEqual([
      { type: 'set-badge', text: view.text, title: view.title },
    ]);
  });

  it('waits a minute after the last redraw of the same kind, unless the user acted', () => {
    const stale = drawn({ text: '19', at: NOW - 59_999 });
    expect(badgeSet(stale, false)).toEqual([]);
    expect(updateBadge(stale, NOW, settings, false).state).toBe(stale);
    expect(badgeSet(drawn({ text: '19', at: NOW - MIN }), false)).toHaveLength(1);
    const redrawn = updateBadge(stale, NOW, settings, true).state.badge;
    expect(redrawn).toEqual({ ...view, at: NOW });
  });

  it('shows a change of kind at once', () => {
    expect(badgeSet(drawn({ kind: 'reminder', text: '!', at: NOW - 1_000 }), false)).toHaveLength(
      1,
    );
  });
});

describe('which events are the user acting', () => {
  it.each<[ScheduleEvent, boolean]>([
    [{ type: 'wake', reason: 'startup', env: QUIET }, false],
    [{ type: 'alarm', env: QUIET }, false],
    [{ type: 'idle', state: 'active', env: QUIET }, false],
    [{ type: 'snooze' }, true],
    [{ type: 'notification-clicked' }, true],
    [{ type: 'settings-changed', env: QUIET }, true],
  ])('%j: %s', (event, expected) => {
    expect(isUserAction(event)).toBe(expected);
  });
});

describe('a pause stored ahead of the clock', () => {
  it('starts now, and a pause until resumed stays until resumed', () => {
    const ahead = (until: number | null): ScheduleState => ({
      ...sitting,
      pause: { since: NOW + 10 * MIN, until },
    });
    expect(reanchorClock(ahead(null), NOW).pause).toEqual({ since: NOW, until: null });
    expect(reanchorClock(ahead(NOW + 40 * MIN), NOW).pause).toEqual({
      since: NOW,
      until: NOW + 30 * MIN,
    });
  });
});
