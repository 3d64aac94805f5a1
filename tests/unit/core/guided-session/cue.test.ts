import { describe, expect, it } from 'vitest';
import {
  type Cue,
  cueFor,
  FINISH_CUE,
  nextCueAt,
  phaseCue,
} from '../../../../core/guided-session/cue';
import type { Phase } from '../../../../core/guided-session/plan';
import { type GuidedSession, settle, startSession } from '../../../../core/guided-session/session';

const T0 = Date.UTC(2026, 11, 1, 9, 0, 0);
const s = (seconds: number) => T0 + seconds * 1000;

const plan: Phase[] = [
  { kind: 'hold', side: 1, seconds: 30 },
  { kind: 'switch', seconds: 5 },
  { kind: 'hold', side: 2, seconds: 30 },
];
const strength: Phase[] = [
  { kind: 'set', set: 1, sets: 2, reps: 12, side: null },
  { kind: 'rest', seconds: 60 },
  { kind: 'set', set: 2, sets: 2, reps: 12, side: null },
];
const started = (phases: Phase[]) =>
  startSession({ stretchId: 'test', strengthening: false, plan: phases }, T0);

describe('the cue a phase gets as it begins', () => {
  it.each<[Phase, Cue]>([
    [
      { kind: 'hold', side: 1, seconds: 30 },
      { title: 'Right side', message: '30 seconds.' },
    ],
    [
      { kind: 'hold', side: 2, seconds: 25 },
      { title: 'Left side', message: '25 seconds.' },
    ],
    [
      { kind: 'hold', side: null, seconds: 60 },
      { title: 'Hold', message: '60 seconds.' },
    ],
    [
      { kind: 'roll', side: 2, seconds: 90 },
      { title: 'Left side', message: '90 seconds.' },
    ],
    [
      { kind: 'switch', seconds: 5 },
      { title: 'Switch sides', message: '5 seconds.' },
    ],
    [
      { kind: 'rest', seconds: 45 },
      { title: 'Rest', message: '45 seconds.' },
    ],
    [
      { kind: 'set', set: 2, sets: 3, reps: 12, side: null },
      { title: 'Set 2 of 3', message: '12 reps.' },
    ],
  ])('%j: %j', (phase, cue) => {
    expect(phaseCue(phase)).toEqual(cue);
  });
});

describe('the cue for what the clock did to a session', () => {
  const one = started(plan);
  it.each<[string, GuidedSession, number, Cue | null]>([
    ['nothing yet', one, 10, null],
    ['the first hold ended: switch', one, 30, { title: 'Switch sides', message: '5 seconds.' }],
    ['a late wake names the phase now', one, 40, { title: 'Left side', message: '30 seconds.' }],
    ['the end', one, 65, FINISH_CUE],
    ['the end, long after', one, 600, FINISH_CUE],
    ['paused: the clock stands still', { ...one, pausedAt: s(10) }, 100, null],
    ['a set waits for the user', started(strength), 100, null],
    ['already finished: never again', settle(one, s(70)), 80, null],
  ])('%s', (_, before, at, cue) => {
    expect(cueFor(before, settle(before, s(at)))).toEqual(cue);
  });
});

describe('when the background wakes to cue', () => {
  it.each<[string, GuidedSession, number, number | null]>([
    ['at the first hold’s end', started(plan), 0, 30],
    ['over a switch, at the next hold’s end', started(plan), 30, 65],
    ['during the last hold, at its end', started(plan), 40, 65],
    ['never while a set waits', started(strength), 0, null],
    ['at the rest’s end, when the next set begins', { ...started(strength), phaseIndex: 1 }, 0, 60],
    ['never while paused', { ...started(plan), pausedAt: s(10) }, 10, null],
    ['never once done', started(plan), 70, null],
  ])('%s', (_, session, at, wake) => {
    expect(nextCueAt(settle(session, s(at)))).toBe(wake === null ? null : s(wake));
  });

  it('over a switch, at the end of the phase after it, however long that one is', () => {
    const uneven = started([
      { kind: 'hold', side: 1, seconds: 30 },
      { kind: 'switch', seconds: 5 },
      { kind: 'hold', side: 2, seconds: 45 },
    ]);
    expect(nextCueAt(settle(uneven, s(30)))).toBe(s(80));
  });

  it('over a switch that ends the plan, at the switch’s end', () => {
    const session = started([{ kind: 'switch', seconds: 5 }]);
    expect(nextCueAt(session)).toBe(s(5));
  });
});
