import { describe, expect, it } from 'vitest';
import { buildPlan, sessionEntry } from '../../../../core/guided-session/build-plan';
import { nextCueAt } from '../../../../core/guided-session/cue';
import type { Phase } from '../../../../core/guided-session/plan';
import {
  completeSet,
  finishSession,
  pauseSession,
  restartSession,
  resumeSession,
  settle,
  startSession,
} from '../../../../core/guided-session/session';
import { stretches } from '../../../../data/stretches';

const entry = (plan: Phase[]) => ({ stretchId: 'x', strengthening: false, plan });
const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);
const s = (seconds: number) => T0 + seconds * 1000;

// Hold right 30 s, switch 5 s, hold left 30 s: ends by itself at 65 s.
const holds: Phase[] = [
  { kind: 'hold', side: 1, seconds: 30 },
  { kind: 'switch', seconds: 5 },
  { kind: 'hold', side: 2, seconds: 30 },
];
// One set, a 20 s rest, another set.
const sets: Phase[] = [
  { kind: 'set', set: 1, sets: 2, reps: 10, side: null },
  { kind: 'rest', seconds: 20 },
  { kind: 'set', set: 2, sets: 2, reps: 10, side: null },
];

describe('a finished session', () => {
  const done = finishSession(startSession(entry(holds), T0), s(20));

  it('stays as it was when Done was pressed, however much later it is read', () => {
    expect(settle(done, s(500))).toEqual(done);
    expect(done).toMatchObject({ finishedAt: s(20), phaseIndex: 0, phaseStartedAt: T0 });
  });

  it('ignores pause, resume, set done and a second Done', () => {
    expect(pauseSession(done, s(30))).toEqual(done);
    expect(resumeSession(done, s(30))).toEqual(done);
    expect(completeSet(done, s(30))).toEqual(done);
    expect(finishSession(done, s(30))).toEqual(done);
  });

  it('has no automatic end to wait for', () => {
    expect(nextCueAt(settle(done, s(21)))).toBeNull();
  });

  it('of sets ignores set done too', () => {
    const doneSets = finishSession(startSession(entry(sets), T0), s(5));
    expect(completeSet(doneSets, s(6))).toEqual(doneSets);
  });
});

describe('pause and resume', () => {
  const started = startSession(entry(holds), T0);

  it('keeps the first pause time when paused again', () => {
    const paused = pauseSession(started, s(10));
    expect(pauseSession(paused, s(25))).toEqual(paused);
    expect(paused.pausedAt).toBe(s(10));
  });

  it('leaves a running session as it is on resume', () => {
    expect(resumeSession(started, s(10))).toEqual(started);
  });

  it('ends a pause taken during a set when the set is done', () => {
    const paused = pauseSession(startSession(entry(sets), T0), s(10));
    expect(completeSet(paused, s(40))).toMatchObject({
      phaseIndex: 1,
      phaseStartedAt: s(40),
      pausedAt: null,
    });
  });
});

describe('nextCueAt', () => {
  it('is the end of the phase in progress', () => {
    const started = startSession(entry(holds), T0);
    expect(nextCueAt(settle(started, s(40)))).toBe(s(65));
    expect(nextCueAt(settle(started, s(64)))).toBe(s(65));
  });

  it('is unknown while a set waits for the user, and known once a timed phase runs', () => {
    const started = startSession(entry([...sets.slice(0, 2)]), T0);
    expect(nextCueAt(settle(started, s(5)))).toBeNull();
    expect(nextCueAt(settle(completeSet(started, s(5)), s(6)))).toBe(s(25));
  });
});

describe('sessionEntry', () => {
  it('marks strengthening exercises, and only those, as strengthening', () => {
    const settings = { holdSeconds: 30, switchSeconds: 5 };
    for (const stretch of stretches) {
      const made = sessionEntry(stretch, settings);
      expect(made.strengthening, stretch.id).toBe(stretch.kind === 'strengthen');
      expect(made.stretchId).toBe(stretch.id);
      expect(made.plan.length).toBeGreaterThan(0);
    }
    expect(stretches.some((stretch) => stretch.kind !== 'strengthen')).toBe(true);
  });
});

describe('a restart', () => {
  it('starts over with the same stretch, plan and strengthening flag', () => {
    const old = { ...startSession(entry(holds), T0), phaseIndex: 2 };
    const { strengthening: _, ...stored } = old;
    expect(restartSession(stored, s(100))).toEqual(startSession(entry(holds), s(100)));
    expect(restartSession({ ...old, strengthening: true }, s(100)).strengthening).toBe(true);
  });
});

describe('a plan of sets on each side', () => {
  it('switches sides between the sets of a round and rests between rounds', () => {
    const lunge = {
      ...stretches[0],
      sides: 'each',
      dose: { type: 'reps', sets: 2, reps: 8, restSeconds: 30 },
    };
    const plan = buildPlan(lunge as (typeof stretches)[number], {
      holdSeconds: 30,
      switchSeconds: 5,
    });
    expect(plan).toEqual([
      { kind: 'set', set: 1, sets: 2, reps: 8, side: 1 },
      { kind: 'switch', seconds: 5 },
      { kind: 'set', set: 1, sets: 2, reps: 8, side: 2 },
      { kind: 'rest', seconds: 30 },
      { kind: 'set', set: 2, sets: 2, reps: 8, side: 1 },
      { kind: 'switch', seconds: 5 },
      { kind: 'set', set: 2, sets: 2, reps: 8, side: 2 },
    ]);
  });
});
