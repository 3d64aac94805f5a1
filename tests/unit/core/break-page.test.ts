import { describe, expect, it } from 'vitest';
import {
  breakIsOver,
  DONE_LINGER_MS,
  offersOneMinute,
  snoozesSince,
} from '../../../core/break-page';
import type { GuidedSession } from '../../../core/guided-session/session';
import type { Reminder } from '../../../core/scheduler/schedule-state';

const NOW = 1_768_210_000_000;
const showing: Reminder = { phase: 'showing', dueSince: NOW - 60_000, shownAt: NOW, attempt: 1 };
const stretching: Reminder = { phase: 'stretching', dueSince: NOW, startedAt: NOW, attempt: 1 };
const session = (finishedAt: number | null): GuidedSession => ({
  stretchId: 'pigeon',
  plan: [{ kind: 'hold', side: null, seconds: 30 }],
  startedAt: NOW - 40_000,
  phaseIndex: 0,
  phaseStartedAt: NOW - 40_000,
  pausedAt: null,
  finishedAt,
});

describe('the break page', () => {
  it.each<[string, Reminder | null, GuidedSession | null, boolean]>([
    ['the reminder still shows', showing, null, false],
    ['a stretch runs for the break', stretching, session(null), false],
    ['a stretch runs after the break was answered', null, session(null), false],
    ['snoozed, skipped or missed, nothing running', null, null, true],
    ['a stretch finished a moment ago', null, session(NOW - DONE_LINGER_MS + 1), false],
    ['a stretch finished a while ago', null, session(NOW - DONE_LINGER_MS), true],
  ])('is over when %s: %s', (_, reminder, running, over) => {
    expect(breakIsOver(reminder, running, NOW)).toBe(over);
  });

  it('counts the snoozes of this break only', () => {
    const start = NOW - 40 * 60_000;
    const part = [
      { kind: 'snoozed', at: start - 1, sittingMs: 0 },
      { kind: 'snoozed', at: start, sittingMs: 0 },
      { kind: 'skipped', at: start + 1, sittingMs: 0 },
      { kind: 'snoozed', at: NOW, sittingMs: 0 },
      { kind: 'snoozed', at: 'corrupt', sittingMs: 0 },
    ];
    expect(snoozesSince(part, start)).toBe(2);
    expect(snoozesSince(undefined, start)).toBe(0);
  });
});

describe('the one-minute offer', () => {
  it.each<[number, 'stretch' | 'strengthen' | 'release' | null, boolean]>([
    [0, 'stretch', false],
    [1, 'stretch', false],
    [2, 'stretch', true],
    [5, 'stretch', true],
    [2, 'release', true],
    [2, 'strengthen', false],
    [3, null, false],
  ])('after %i snoozes, with a %s on offer: %s', (snoozes, kind, offered) => {
    expect(offersOneMinute(snoozes, kind === null ? null : { kind })).toBe(offered);
  });
});
