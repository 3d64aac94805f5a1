import { describe, expect, it } from 'vitest';
import { parseSession } from '../../../../core/guided-session/parse-session';

const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);

/** A stored session that passes every check; each case below breaks one thing in it. */
function stored(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    stretchId: 'figure-four',
    plan: [
      { kind: 'hold', side: 1, seconds: 30 },
      { kind: 'switch', seconds: 5 },
      { kind: 'roll', side: null, seconds: 120 },
      { kind: 'set', set: 1, sets: 3, reps: 10, side: 2 },
      { kind: 'rest', seconds: 0 },
    ],
    startedAt: T0,
    phaseIndex: 2,
    phaseStartedAt: T0 + 35_000,
    pausedAt: null,
    finishedAt: null,
    ...changes,
  };
}

const withPhase = (phase: Record<string, unknown>) => stored({ plan: [phase], phaseIndex: 0 });

describe('parseSession', () => {
  it.each([undefined, null, 'session', 42])('reads %j as no session', (raw) => {
    expect(parseSession(raw)).toBeNull();
  });

  it.each([
    ['a session that runs', {}],
    ['a paused session', { pausedAt: T0 + 40_000 }],
    ['a finished session', { finishedAt: T0 + 90_000 }],
    ['a session that started at time 0', { startedAt: 0, phaseStartedAt: 0 }],
    ['a session past its last phase', { phaseIndex: 5 }],
    ['an empty plan', { plan: [], phaseIndex: 0 }],
    ['the longest phase (an hour)', { plan: [{ kind: 'rest', seconds: 3600 }], phaseIndex: 0 }],
    ['a strengthening session', { strengthening: true }],
    ['a session ended early', { endedEarly: true, finishedAt: T0 + 50_000 }],
    ['a session without the strengthening flag', { strengthening: false, endedEarly: false }],
    [
      'a routine with its steps',
      { routine: 'Desk hips', steps: [{ stretchId: 'a', name: 'A', from: 0 }] },
    ],
  ])('keeps %s', (_, changes) => {
    const raw = stored(changes);
    expect(parseSession(raw)).toEqual(raw);
  });

  it.each([
    ['startedAt missing', { startedAt: undefined }],
    ['a strengthening flag that is no boolean', { strengthening: 'yes' }],
    ['an ended-early flag that is no boolean', { endedEarly: 1 }],
    ['an ended-early flag of null', { endedEarly: null }],
    ['routine steps that are no list', { steps: 'Desk hips' }],
    ['a routine step without a name', { steps: [{ stretchId: 'a', from: 0 }] }],
    ['a routine step of null', { steps: [null] }],
    ['a bad routine step after a good one', { steps: [{ stretchId: 'a', name: 'A', from: 0 }, 7] }],
    ['startedAt negative', { startedAt: -1 }],
    ['startedAt not finite', { startedAt: Number.POSITIVE_INFINITY }],
    ['phaseStartedAt a string', { phaseStartedAt: String(T0) }],
    ['phaseStartedAt NaN', { phaseStartedAt: Number.NaN }],
    ['pausedAt missing', { pausedAt: undefined }],
    ['pausedAt a string', { pausedAt: 'now' }],
    ['finishedAt negative', { finishedAt: -5 }],
    ['finishedAt missing', { finishedAt: undefined }],
    ['no stretch id', { stretchId: 42 }],
    ['a plan that is no list', { plan: { 0: { kind: 'rest', seconds: 5 } } }],
    ['phaseIndex not a number', { phaseIndex: '2' }],
    ['phaseIndex not whole', { phaseIndex: 1.5 }],
    ['phaseIndex negative', { phaseIndex: -1 }],
    ['phaseIndex past the end', { phaseIndex: 6 }],
  ])('drops a session with %s', (_, changes) => {
    expect(parseSession(stored(changes))).toBeNull();
  });

  it.each([
    ['an unknown kind', { kind: 'jump', seconds: 5 }],
    ['no kind', { seconds: 5 }],
    ['a hold without a side', { kind: 'hold', seconds: 30 }],
    ['a hold on side 3', { kind: 'hold', side: 3, seconds: 30 }],
    ['a hold longer than an hour', { kind: 'hold', side: 1, seconds: 3601 }],
    ['a roll with negative seconds', { kind: 'roll', side: null, seconds: -1 }],
    ['a roll with seconds as text', { kind: 'roll', side: 2, seconds: '30' }],
    ['a switch without seconds', { kind: 'switch' }],
    ['a rest longer than an hour', { kind: 'rest', seconds: 4000 }],
    ['a set of zero reps', { kind: 'set', set: 1, sets: 3, reps: 0, side: null }],
    ['a set with reps as text', { kind: 'set', set: 1, sets: 3, reps: '10', side: null }],
    ['a phase that is undefined', undefined],
    ['a set without a count of sets', { kind: 'set', set: 1, reps: 10, side: null }],
    ['a set on side 0', { kind: 'set', set: 1, sets: 3, reps: 10, side: 0 }],
    ['a phase that is not an object', 'hold'],
    ['a phase that is null', null],
  ])('drops a session whose plan holds %s', (_, phase) => {
    expect(parseSession(withPhase(phase as Record<string, unknown>))).toBeNull();
  });

  it.each([
    ['a hold without side (null)', { kind: 'hold', side: null, seconds: 0 }],
    ['a roll on side 2', { kind: 'roll', side: 2, seconds: 3600 }],
    ['a switch with no side field', { kind: 'switch', seconds: 10 }],
    ['a one-sided set', { kind: 'set', set: 2, sets: 2, reps: 1, side: 1 }],
  ])('accepts a plan with %s', (_, phase) => {
    const raw = withPhase(phase);
    expect(parseSession(raw)).toEqual(raw);
  });
});
