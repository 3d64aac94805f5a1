import { describe, expect, it } from 'vitest';
import { FINISH_CUE } from '../../../../core/guided-session/cue';
import {
  type SessionCommand,
  type SessionEvent,
  stepSession,
} from '../../../../core/guided-session/machine';
import type { Phase, SessionEntry } from '../../../../core/guided-session/plan';
import type { GuidedSession } from '../../../../core/guided-session/session';

const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);
const s = (seconds: number) => T0 + seconds * 1000;

const holds: Phase[] = [
  { kind: 'hold', side: 1, seconds: 30 },
  { kind: 'switch', seconds: 5 },
  { kind: 'hold', side: 2, seconds: 30 },
];
const sets: Phase[] = [
  { kind: 'set', set: 1, sets: 2, reps: 10, side: null },
  { kind: 'rest', seconds: 60 },
  { kind: 'set', set: 2, sets: 2, reps: 10, side: null },
];
const stretch: SessionEntry = { stretchId: 'figure-4', strengthening: false, plan: holds };
const strength: SessionEntry = { stretchId: 'squat', strengthening: true, plan: sets };

const command = (c: Exclude<SessionCommand, `start${string}`>): SessionEvent => ({
  type: 'command',
  command: c,
});
const tick: SessionEvent = { type: 'tick' };

/** Runs events in order from a fresh start at T0; returns the last step and every effect. */
function run(entry: SessionEntry, events: [number, SessionEvent][]) {
  let { session, effects } = stepSession(null, { type: 'start', entry }, T0);
  const all = [...effects];
  for (const [at, event] of events) {
    ({ session, effects } = stepSession(session, event, at));
    all.push(...effects);
  }
  return { session, effects, all };
}
const types = (effects: { type: string }[]) => effects.map((e) => e.type);

describe('the guided session machine', () => {
  it('starts: stores the session, tells the scheduler, sets the alarm at the first hold’s end', () => {
    const { session, effects } = stepSession(null, { type: 'start', entry: stretch }, T0);
    expect(session).toMatchObject({ stretchId: 'figure-4', phaseIndex: 0, startedAt: T0 });
    expect(effects).toEqual([
      { type: 'stretch-started' },
      { type: 'set-session-alarm', at: s(30) },
    ]);
  });

  it.each<[string, SessionEntry, [number, SessionEvent][], Partial<GuidedSession>]>([
    ['pause freezes the clock', stretch, [[s(10), command('pause')]], { pausedAt: s(10) }],
    [
      'resume shifts the phase by the time paused',
      stretch,
      [
        [s(10), command('pause')],
        [s(40), command('resume')],
      ],
      { pausedAt: null, phaseIndex: 0, phaseStartedAt: s(30) },
    ],
    ['next side skips the rest of a hold', stretch, [[s(10), command('next')]], { phaseIndex: 1 }],
    [
      'next from the switch goes to side two now',
      stretch,
      [[s(32), command('next')]],
      { phaseIndex: 2, phaseStartedAt: s(32) },
    ],
    [
      'finishing a set starts the rest',
      strength,
      [[s(40), command('set-done')]],
      { phaseIndex: 1, phaseStartedAt: s(40) },
    ],
    [
      'next skips the rest between sets',
      strength,
      [
        [s(40), command('set-done')],
        [s(50), command('next')],
      ],
      { phaseIndex: 2, phaseStartedAt: s(50) },
    ],
    [
      'the rest runs out by itself into the next set',
      strength,
      [
        [s(40), command('set-done')],
        [s(101), tick],
      ],
      { phaseIndex: 2, phaseStartedAt: s(100) },
    ],
    [
      'restart goes back to side one',
      stretch,
      [[s(50), command('restart')]],
      { phaseIndex: 0, startedAt: s(50), finishedAt: null },
    ],
  ])('%s', (_name, entry, events, expected) => {
    expect(run(entry, events).session).toMatchObject(expected);
  });

  it.each<[string, number, boolean]>([
    ['Done pressed 20 s into a 65 s stretch is partial', 20, false],
    ['Done pressed as the last hold ends is complete', 65, true],
    ['Done pressed after the end is complete', 90, true],
  ])('%s', (_name, at, complete) => {
    const { session, effects } = run(stretch, [[s(at), command('finish')]]);
    expect(session?.finishedAt).toBe(s(Math.min(at, 65)));
    expect(effects).toEqual([
      { type: 'stretch-done', stretchId: 'figure-4', complete },
      { type: 'clear-session-alarm' },
    ]);
  });

  it('starts no strength rest when Done is pressed before the last set', () => {
    const { effects } = run(strength, [[s(40), command('finish')]]);
    expect(effects).toEqual([
      { type: 'stretch-done', stretchId: 'squat', complete: false },
      { type: 'clear-session-alarm' },
    ]);
  });

  it('ends early: counted as partial, and no strength rest starts', () => {
    const { session, effects } = run(strength, [[s(20), command('end-early')]]);
    expect(session).toMatchObject({ finishedAt: s(20), endedEarly: true });
    expect(effects).toEqual([
      { type: 'stretch-done', stretchId: 'squat', complete: false },
      { type: 'clear-session-alarm' },
    ]);
  });

  it.each<[string, [number, SessionEvent][], boolean]>([
    ['End early during the first set', [[s(20), command('end-early')]], false],
    ['Done (or Enter) during the first set', [[s(20), command('finish')]], false],
    [
      'Done in the rest before the last set',
      [
        [s(40), command('set-done')],
        [s(50), command('finish')],
      ],
      false,
    ],
    [
      'Finish set on the last set',
      [
        [s(40), command('set-done')],
        [s(50), command('next')],
        [s(90), command('set-done')],
      ],
      true,
    ],
  ])('strength: %s counts complete = %s, and only then starts the rest', (_n, events, whole) => {
    const { session, all } = run(strength, events);
    expect(session?.endedEarly === true).toBe(!whole);
    expect(all.filter((e) => e.type === 'stretch-done')).toEqual([
      { type: 'stretch-done', stretchId: 'squat', complete: whole },
    ]);
    expect(all.some((e) => e.type === 'strength-done')).toBe(whole);
  });

  it('a routine with strength: Done after the last set, in the cool-down, is complete', () => {
    const routine: SessionEntry = {
      ...strength,
      plan: [...sets, { kind: 'hold', side: null, seconds: 30 }],
      routine: 'Strength session',
      steps: [
        { stretchId: 'squat', name: 'Squat', from: 0 },
        { stretchId: 'figure-4', name: 'Figure-4', from: 3 },
      ],
    };
    const { session, effects } = run(routine, [
      [s(40), command('set-done')],
      [s(50), command('next')],
      [s(90), command('set-done')],
      [s(100), command('finish')],
    ]);
    expect(session?.routine).toBe('Strength session');
    expect(session?.endedEarly).toBeUndefined();
    expect(types(effects)).toEqual(['stretch-done', 'strength-done', 'clear-session-alarm']);
  });

  it('restart keeps the routine and its steps', () => {
    const routine: SessionEntry = {
      ...stretch,
      routine: 'Desk hips',
      steps: [{ stretchId: 'figure-4', name: 'Figure-4', from: 0 }],
    };
    const { session } = run(routine, [[s(10), command('restart')]]);
    expect(session).toMatchObject({ routine: 'Desk hips', steps: routine.steps, startedAt: s(10) });
  });

  it('starts the strength rest when the last set is done', () => {
    const { effects } = run(strength, [
      [s(40), command('set-done')],
      [s(120), command('set-done')],
    ]);
    expect(effects).toEqual([
      { type: 'stretch-done', stretchId: 'squat', complete: true },
      { type: 'strength-done', at: s(120) },
      { type: 'clear-session-alarm' },
    ]);
  });

  it('announces a countdown that ran out while nobody watched, and counts it once', () => {
    const first = run(stretch, [[s(70), tick]]);
    expect(first.effects).toEqual([
      { type: 'stretch-done', stretchId: 'figure-4', complete: true },
      { type: 'cue', ...FINISH_CUE },
      { type: 'clear-session-alarm' },
    ]);
    const again = stepSession(first.session, tick, s(80));
    expect(types(again.effects)).toEqual(['clear-session-alarm']);
  });

  it('counts a run-out countdown first, without announcing it, when a command arrives', () => {
    const { session, effects } = run(stretch, [[s(70), command('close')]]);
    expect(session).toBeNull();
    expect(effects).toEqual([
      { type: 'stretch-done', stretchId: 'figure-4', complete: true },
      { type: 'clear-session-alarm' },
    ]);
  });

  it('cues each phase the clock reaches, once, and wakes at the next cue (over a switch)', () => {
    const { all } = run(stretch, [
      [s(30), tick],
      [s(31), tick],
      [s(65), tick],
    ]);
    expect(all.filter((e) => e.type === 'cue' || e.type === 'set-session-alarm')).toEqual([
      { type: 'set-session-alarm', at: s(30) },
      { type: 'cue', title: 'Switch sides', message: '5 seconds.' },
      { type: 'set-session-alarm', at: s(65) },
      { type: 'set-session-alarm', at: s(65) },
      { type: 'cue', ...FINISH_CUE },
    ]);
  });

  it('derives the phase from stored timestamps: a late tick cues where the session is now', () => {
    const { effects } = run(stretch, [[s(48), tick]]);
    expect(effects).toEqual([
      { type: 'cue', title: 'Left side', message: '30 seconds.' },
      { type: 'set-session-alarm', at: s(65) },
    ]);
  });

  it('cues nothing on a command: the page that sent it shows the session', () => {
    const { all } = run(stretch, [
      [s(40), command('pause')],
      [s(50), command('resume')],
    ]);
    expect(types(all)).not.toContain('cue');
  });

  it('sets no alarm while paused or waiting for a set', () => {
    expect(run(stretch, [[s(5), command('pause')]]).effects.at(-1)).toEqual({
      type: 'clear-session-alarm',
    });
    expect(stepSession(null, { type: 'start', entry: strength }, T0).effects.at(-1)).toEqual({
      type: 'clear-session-alarm',
    });
  });

  it('does nothing but keep the alarm right when there is no session', () => {
    for (const event of [tick, command('pause'), command('finish'), command('close')]) {
      expect(stepSession(null, event, T0)).toEqual({
        session: null,
        effects: [{ type: 'clear-session-alarm' }],
      });
    }
  });

  it('ignores commands after the end, and never counts a finished session again', () => {
    const done = run(stretch, [[s(20), command('finish')]]).session;
    for (const c of ['pause', 'resume', 'next', 'set-done', 'finish', 'end-early'] as const) {
      const { session, effects } = stepSession(done, command(c), s(30));
      expect(session).toEqual(done);
      expect(types(effects)).toEqual(['clear-session-alarm']);
    }
  });

  it('a new start replaces a running session without counting it', () => {
    const running = run(stretch, [[s(10), command('pause')]]).session;
    const { session, effects } = stepSession(running, { type: 'start', entry: strength }, s(20));
    expect(session?.stretchId).toBe('squat');
    expect(types(effects)).toEqual(['stretch-started', 'clear-session-alarm']);
  });

  it('marks a stretch ended early as such, though no set was left', () => {
    const { session, effects } = run(stretch, [[s(20), command('end-early')]]);
    expect(session).toMatchObject({ finishedAt: s(20), endedEarly: true });
    expect(effects).toEqual([
      { type: 'stretch-done', stretchId: 'figure-4', complete: false },
      { type: 'clear-session-alarm' },
    ]);
  });
});
