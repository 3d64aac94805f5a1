import { describe, expect, it } from 'vitest';
import type { Phase } from '../../../../core/guided-session/plan';
import { type GuidedSession, startSession } from '../../../../core/guided-session/session';
import { type SessionView, viewSession } from '../../../../core/guided-session/session-view';

const entry = (plan: Phase[]) => ({ stretchId: 'x', strengthening: false, plan });
const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);
const s = (seconds: number) => T0 + seconds * 1000;
const view = (plan: Phase[], at: number) => viewSession(startSession(entry(plan), T0), s(at));

describe('viewSession', () => {
  it('shows a running hold with its place in the plan, time left and progress', () => {
    const plan: Phase[] = [
      { kind: 'hold', side: 1, seconds: 40 },
      { kind: 'switch', seconds: 5 },
      { kind: 'hold', side: 2, seconds: 40 },
    ];
    expect(view(plan, 10)).toEqual({
      status: 'running',
      phase: plan[0],
      phaseNumber: 1,
      title: 'Right side',
      detail: 'Breathe slowly and let the muscle relax.',
      secondsLeft: 30,
      progress: 0.25,
      step: null,
      setsLeft: false,
    });
    expect(view(plan, 47)).toMatchObject({ phaseNumber: 3, title: 'Left side', progress: 0.05 });
  });

  it.each([
    [{ kind: 'hold', side: null, seconds: 30 }, 'Hold', 'Breathe slowly and let the muscle relax.'],
    [
      { kind: 'roll', side: null, seconds: 30 },
      'Roll',
      'Roll slowly; rest a few breaths on tender spots.',
    ],
    [
      { kind: 'roll', side: 2, seconds: 30 },
      'Left side',
      'Roll slowly; rest a few breaths on tender spots.',
    ],
    [{ kind: 'rest', seconds: 30 }, 'Rest', 'Shake it out and breathe.'],
    [{ kind: 'switch', seconds: 30 }, 'Switch sides', 'Get ready for the other side.'],
  ] as const)('words a %j phase as “%s”', (phase, title, detail) => {
    expect(view([phase], 0)).toMatchObject({ title, detail, secondsLeft: 30, progress: 0 });
  });

  it('names the side that comes after a switch', () => {
    const toLeft: Phase[] = [
      { kind: 'switch', seconds: 5 },
      { kind: 'hold', side: 2, seconds: 30 },
    ];
    expect(view(toLeft, 1).detail).toBe('Get ready: left side next.');
    const toRight: Phase[] = [
      { kind: 'switch', seconds: 5 },
      { kind: 'set', set: 1, sets: 1, reps: 8, side: 1 },
    ];
    expect(view(toRight, 1).detail).toBe('Get ready: right side next.');
    const toRest: Phase[] = [
      { kind: 'switch', seconds: 5 },
      { kind: 'rest', seconds: 5 },
    ];
    expect(view(toRest, 1).detail).toBe('Get ready for the other side.');
  });

  it('waits for a set with its number, side and reps, and no countdown', () => {
    const plan: Phase[] = [{ kind: 'set', set: 2, sets: 3, reps: 12, side: 1 }];
    expect(view(plan, 100)).toEqual({
      status: 'waiting-for-set',
      phase: plan[0],
      phaseNumber: 1,
      title: 'Set 2 of 3 · Right side',
      detail: '12 slow, controlled reps, then press Finish set.',
      secondsLeft: null,
      progress: 0,
      step: null,
      setsLeft: false,
    });
    expect(view([{ ...plan[0], side: null } as Phase], 0).title).toBe('Set 2 of 3');
  });

  it('shows a zero-second phase as complete, not NaN, when the clock is before its start', () => {
    // A zero-second phase is over the moment it starts; only a clock set back can show it.
    expect(view([{ kind: 'rest', seconds: 0 }], -1)).toMatchObject({ secondsLeft: 0, progress: 1 });
  });

  it('counts time left from the pause, not from now, while paused', () => {
    const session = {
      ...startSession(entry([{ kind: 'rest', seconds: 60 }]), T0),
      pausedAt: s(15),
    };
    expect(viewSession(session, s(50))).toMatchObject({
      status: 'paused',
      secondsLeft: 45,
      progress: 0.25,
    });
  });

  it('never shows more than the phase length when the clock is before its start', () => {
    expect(view([{ kind: 'rest', seconds: 20 }], -5)).toMatchObject({
      secondsLeft: 20,
      progress: 0,
    });
  });

  it('shows the end with every phase counted', () => {
    const plan: Phase[] = [
      { kind: 'rest', seconds: 5 },
      { kind: 'rest', seconds: 5 },
    ];
    expect(view(plan, 11)).toEqual({
      status: 'finished',
      phase: null,
      phaseNumber: 2,
      title: 'Done',
      detail: 'Nice work. Your break is counted.',
      secondsLeft: null,
      progress: 1,
      step: null,
      setsLeft: false,
    });
  });
});

describe('viewSession for strength work and routines', () => {
  const sets: Phase[] = [
    { kind: 'set', set: 1, sets: 2, reps: 10, side: null },
    { kind: 'rest', seconds: 60 },
    { kind: 'set', set: 2, sets: 2, reps: 10, side: null },
  ];
  const strength = (over: Partial<GuidedSession> = {}) => ({
    ...startSession({ stretchId: 'glute-bridge', strengthening: true, plan: sets }, T0),
    ...over,
  });

  it.each<[string, Partial<GuidedSession>, number, Partial<SessionView>]>([
    ['a set waits for Finish set, with sets left', {}, 5, { title: 'Set 1 of 2', setsLeft: true }],
    [
      'the rest between sets counts down and names the next set',
      { phaseIndex: 1 },
      20,
      {
        title: 'Rest',
        detail: 'Shake it out and breathe. Set 2 of 2 next.',
        secondsLeft: 40,
        setsLeft: true,
      },
    ],
    [
      'the last set still has a set left (itself)',
      { phaseIndex: 2 },
      0,
      { title: 'Set 2 of 2', setsLeft: true },
    ],
    [
      'all sets done: the 48-hour rest is said',
      { phaseIndex: 3, finishedAt: T0 },
      0,
      {
        status: 'finished',
        title: 'Done',
        detail: 'All sets done. Strength moves now rest 48 hours; stretches carry on.',
      },
    ],
    [
      'ended early: partial, and no rest',
      { finishedAt: T0, endedEarly: true },
      0,
      {
        status: 'finished',
        title: 'Ended early',
        detail: 'Recorded as ended early; no 48-hour rest starts.',
      },
    ],
  ])('%s', (_name, over, at, expected) => {
    expect(viewSession(strength(over), s(at))).toMatchObject(expected);
  });

  it('a stretch finished part-way (Done, not End early) is shown as ended early', () => {
    const plan: Phase[] = [{ kind: 'hold', side: null, seconds: 30 }];
    const finished = { ...startSession(entry(plan), T0), finishedAt: s(10) };
    expect(viewSession(finished, s(10))).toMatchObject({
      status: 'finished',
      title: 'Ended early',
    });
  });

  it('a stretch ended early is partial, without a word about strength rest', () => {
    const ended = { ...startSession(entry(sets), T0), finishedAt: T0, endedEarly: true };
    expect(viewSession(ended, T0).detail).toBe(
      'Recorded as ended early. It counts as a break if you were away from the computer for two minutes of it.',
    );
  });

  const routine = startSession(
    {
      stretchId: 'seated-figure-4',
      strengthening: false,
      routine: 'Desk hips',
      plan: [
        { kind: 'hold', side: null, seconds: 30 },
        { kind: 'rest', seconds: 10 },
        { kind: 'hold', side: null, seconds: 30 },
      ],
      steps: [
        { stretchId: 'seated-figure-4', name: 'Seated figure-4', from: 0 },
        { stretchId: 'chair-hip-flexor-stretch', name: 'Chair hip flexor stretch', from: 2 },
      ],
    },
    T0,
  );
  it.each<[number, Partial<SessionView>]>([
    [5, { step: { number: 1, count: 2, name: 'Seated figure-4' }, title: 'Hold' }],
    [
      35,
      {
        step: { number: 1, count: 2, name: 'Seated figure-4' },
        title: 'Next up',
        detail: 'Get ready: Chair hip flexor stretch.',
      },
    ],
    [45, { step: { number: 2, count: 2, name: 'Chair hip flexor stretch' }, title: 'Hold' }],
    [80, { status: 'finished', step: null }],
  ])('a routine at %i s shows its step', (at, expected) => {
    expect(viewSession(routine, s(at))).toMatchObject(expected);
  });
});
