import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../../core/guided-session/build-plan';
import { nextCueAt } from '../../../../core/guided-session/cue';
import { parseSession } from '../../../../core/guided-session/parse-session';
import {
  completeSet,
  finishSession,
  pauseSession,
  restartSession,
  resumeSession,
  settle,
  startSession,
} from '../../../../core/guided-session/session';
import { viewSession } from '../../../../core/guided-session/session-view';
import type { Stretch } from '../../../../data/stretch-types';

const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);
const s = (seconds: number) => T0 + seconds * 1000;
const settings = { holdSeconds: 30, switchSeconds: 5 };

function entry(overrides: Partial<Stretch>): Stretch {
  return {
    id: 'test',
    name: 'Test',
    kind: 'stretch',
    focus: ['glutes'],
    muscles: [],
    position: 'chair',
    equipment: ['chair'],
    sides: 'each',
    dose: { type: 'hold', seconds: 30 },
    steps: ['Do it.'],
    cues: [],
    cautions: [],
    contraindications: [],
    source: [],
    ...overrides,
  };
}
const twoSided = entry({});
const squat = entry({ sides: 'both', dose: { type: 'reps', sets: 3, reps: 10, restSeconds: 60 } });
const rolling = entry({ kind: 'release', dose: { type: 'timed', seconds: 120 } });

describe('buildPlan', () => {
  it('holds side 1, pauses to switch, then holds side 2', () => {
    expect(buildPlan(twoSided, settings)).toEqual([
      { kind: 'hold', side: 1, seconds: 30 },
      { kind: 'switch', seconds: 5 },
      { kind: 'hold', side: 2, seconds: 30 },
    ]);
  });

  it("uses the user's hold time for static stretches", () => {
    const plan = buildPlan(entry({ sides: 'both' }), { holdSeconds: 45, switchSeconds: 5 });
    expect(plan).toEqual([{ kind: 'hold', side: null, seconds: 45 }]);
  });

  it('counts sets with a rest between them, none after the last', () => {
    expect(buildPlan(squat, settings).map((p) => p.kind)).toEqual([
      'set',
      'rest',
      'set',
      'rest',
      'set',
    ]);
  });

  it('keeps two minutes a side for foam rolling, as rolling phases', () => {
    expect(buildPlan(rolling, settings)).toEqual([
      { kind: 'roll', side: 1, seconds: 120 },
      { kind: 'switch', seconds: 5 },
      { kind: 'roll', side: 2, seconds: 120 },
    ]);
  });
});

describe('a two-sided guided stretch', () => {
  const started = startSession(
    { stretchId: 'test', strengthening: false, plan: buildPlan(twoSided, settings) },
    T0,
  );

  it.each([
    [0, 'Right side', 30],
    [10.2, 'Right side', 20],
    [29.9, 'Right side', 1],
    [30, 'Switch sides', 5],
    [35, 'Left side', 30],
    [64.5, 'Left side', 1],
  ])('at %s s shows “%s” with %i s left', (at, title, secondsLeft) => {
    const view = viewSession(started, s(at));
    expect(view.title).toBe(title);
    expect(view.secondsLeft).toBe(secondsLeft);
    expect(view.status).toBe('running');
  });

  it('finishes by itself when the last hold ends', () => {
    expect(viewSession(started, s(65)).status).toBe('finished');
    expect(settle(started, s(500)).finishedAt).toBe(s(65));
    expect(nextCueAt(settle(started, T0))).toBe(s(30));
  });

  it('freezes while paused and carries on from the same second after resuming', () => {
    const paused = pauseSession(started, s(12));
    expect(viewSession(paused, s(100))).toMatchObject({ status: 'paused', secondsLeft: 18 });
    expect(nextCueAt(settle(paused, s(100)))).toBeNull();
    const resumed = resumeSession(paused, s(100));
    expect(viewSession(resumed, s(100))).toMatchObject({ status: 'running', secondsLeft: 18 });
    expect(nextCueAt(settle(resumed, s(100)))).toBe(s(30 + 88));
  });

  it('restarts from side 1', () => {
    const restarted = restartSession(started, s(40));
    expect(viewSession(restarted, s(40))).toMatchObject({ title: 'Right side', secondsLeft: 30 });
  });

  it('ends at once when the user presses Done', () => {
    const done = finishSession(started, s(20));
    expect(done.finishedAt).toBe(s(20));
    expect(viewSession(done, s(21)).status).toBe('finished');
  });
});

describe('a strengthening session', () => {
  const started = startSession(
    { stretchId: 'test', strengthening: false, plan: buildPlan(squat, settings) },
    T0,
  );

  it('waits for “set done”, then rests, then waits for the next set', () => {
    expect(viewSession(started, s(600))).toMatchObject({
      status: 'waiting-for-set',
      title: 'Set 1 of 3',
    });
    expect(nextCueAt(settle(started, T0))).toBeNull();
    const afterSet = completeSet(started, s(40));
    expect(viewSession(afterSet, s(50))).toMatchObject({ title: 'Rest', secondsLeft: 50 });
    expect(viewSession(afterSet, s(100))).toMatchObject({ title: 'Set 2 of 3' });
  });

  it('ignores “set done” during a rest', () => {
    const resting = completeSet(started, s(40));
    expect(completeSet(resting, s(45)).phaseIndex).toBe(resting.phaseIndex);
  });

  it('finishes after the last set is done', () => {
    let session = started;
    for (const at of [40, 140, 240]) session = completeSet(session, s(at));
    expect(session.finishedAt).toBe(s(240));
  });
});

describe('parseSession', () => {
  it('accepts what startSession stores', () => {
    const stored = JSON.parse(
      JSON.stringify(
        startSession(
          { stretchId: 'x', strengthening: false, plan: buildPlan(squat, settings) },
          T0,
        ),
      ),
    );
    expect(parseSession(stored)).toEqual(stored);
  });

  it.each([
    null,
    'session',
    {},
    { stretchId: 'x', plan: 'no', startedAt: T0, phaseStartedAt: T0, phaseIndex: 0 },
    {
      stretchId: 'x',
      plan: [{ kind: 'fly' }],
      startedAt: T0,
      phaseStartedAt: T0,
      phaseIndex: 0,
      pausedAt: null,
      finishedAt: null,
    },
    {
      stretchId: 'x',
      plan: [],
      startedAt: T0,
      phaseStartedAt: T0,
      phaseIndex: 9,
      pausedAt: null,
      finishedAt: null,
    },
  ])('drops a corrupt stored session: %j', (raw) => {
    expect(parseSession(raw)).toBeNull();
  });
});
