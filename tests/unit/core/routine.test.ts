import { describe, expect, it } from 'vitest';
import { startSession } from '../../../core/guided-session/session';
import { viewSession } from '../../../core/guided-session/session-view';
import { type RoutineLimits, resolveRoutine, STEP_CHANGE_SECONDS } from '../../../core/routine';
import { ROUTINES } from '../../../data/routines';
import { GEAR } from '../../../data/stretch-types';
import { stretches } from '../../../data/stretches';

const routine = (id: string) => {
  const found = ROUTINES.find((r) => r.id === id);
  if (!found) throw new Error(`no routine ${id}`);
  return found;
};
const ALL_GEAR: RoutineLimits = { conditions: [], equipment: GEAR, excluded: [] };
const SETTINGS = { holdSeconds: 30, switchSeconds: 5 };
const ids = (id: string, limits: RoutineLimits) =>
  resolveRoutine(routine(id), stretches, limits, SETTINGS)?.entry.steps?.map((s) => s.stretchId) ??
  null;

describe('routines as data', () => {
  it('has two to four slots per routine, each naming library entries only', () => {
    const known = new Set(stretches.map((s) => s.id));
    for (const r of ROUTINES) {
      expect(r.slots.length).toBeGreaterThanOrEqual(2);
      expect(r.slots.length).toBeLessThanOrEqual(4);
      for (const id of r.slots.flat()) expect(known, `${r.id}: ${id}`).toContain(id);
    }
  });

  it('keeps the default break short: the desk routine lasts about two minutes', () => {
    expect(resolveRoutine(routine('desk-hips'), stretches, ALL_GEAR, SETTINGS)?.minutes).toBe(2);
  });
});

describe('resolveRoutine', () => {
  it.each<[string, string, RoutineLimits, string[] | null]>([
    [
      'takes each first choice when nothing rules it out',
      'desk-hips',
      ALL_GEAR,
      ['seated-figure-4', 'chair-hip-flexor-stretch'],
    ],
    [
      'swaps an entry switched off for the next in its slot',
      'desk-hips',
      { ...ALL_GEAR, excluded: ['seated-figure-4'] },
      ['standing-figure-4', 'chair-hip-flexor-stretch'],
    ],
    [
      'swaps floor work for a chair when there is no mat',
      'floor',
      { ...ALL_GEAR, equipment: GEAR.filter((g) => g !== 'mat') },
      [
        'seated-figure-4',
        'standing-hip-flexor-stretch',
        'seated-hamstring-stretch',
        'chair-adductor-stretch',
      ],
    ],
    [
      'swaps entries a health answer rules out (knee pain: no kneeling)',
      'floor',
      { ...ALL_GEAR, conditions: ['knee-pain'] },
      [
        'lying-figure-4',
        'standing-hip-flexor-stretch',
        'lying-hamstring-stretch',
        'butterfly-stretch',
      ],
    ],
    [
      'leaves out a slot nothing fills, and still offers two or more',
      'desk-hips-glutes',
      { ...ALL_GEAR, excluded: ['chair-glute-hug', 'standing-side-bend'] },
      ['seated-figure-4', 'chair-hip-flexor-stretch', 'seated-hamstring-stretch'],
    ],
    [
      'is not offered when fewer than two entries suit (after a hip replacement)',
      'desk-hips',
      { ...ALL_GEAR, conditions: ['hip-replacement'] },
      null,
    ],
    [
      'a strength session without any strength work left is not offered',
      'strength',
      { ...ALL_GEAR, conditions: ['recent-surgery'] },
      null,
    ],
    [
      'a strength session swaps the bridge for sit-to-stand in pregnancy',
      'strength',
      { ...ALL_GEAR, conditions: ['pregnancy'] },
      ['leg-swings-front-back', 'chair-sit-to-stand', 'clamshell', 'seated-figure-4'],
    ],
  ])('%s', (_name, id, limits, expected) => {
    expect(ids(id, limits)).toEqual(expected);
  });

  it('joins the entries’ plans with a pause between, and marks where each step starts', () => {
    const resolved = resolveRoutine(routine('desk-hips'), stretches, ALL_GEAR, SETTINGS);
    const plan = resolved?.entry.plan ?? [];
    // Two holds each side with a switch between, a pause, then the same again.
    expect(plan.map((p) => p.kind)).toEqual([
      'hold',
      'switch',
      'hold',
      'rest',
      'hold',
      'switch',
      'hold',
    ]);
    expect(plan[3]).toEqual({ kind: 'rest', seconds: STEP_CHANGE_SECONDS });
    expect(resolved?.entry.steps?.map((s) => s.from)).toEqual([0, 4]);
    expect(resolved?.entry).toMatchObject({
      stretchId: 'seated-figure-4',
      strengthening: false,
      routine: 'Desk hips',
    });
  });

  it('runs in order as a session: "Step n of m" is the routine step', () => {
    const resolved = resolveRoutine(routine('desk-hips'), stretches, ALL_GEAR, SETTINGS);
    if (!resolved) throw new Error('desk hips not offered');
    const session = startSession(resolved.entry, 0);
    expect(viewSession(session, 10_000).step).toMatchObject({ number: 1, count: 2 });
    expect(viewSession(session, 70_000).title).toBe('Next up');
    expect(viewSession(session, 80_000).step).toMatchObject({
      number: 2,
      count: 2,
      name: 'Hip flexor stretch on a chair corner',
    });
  });

  it('marks a routine with strength work as strengthening, so completing it starts the rest', () => {
    const resolved = resolveRoutine(routine('strength'), stretches, ALL_GEAR, SETTINGS);
    expect(resolved?.entry.strengthening).toBe(true);
    expect(
      resolveRoutine(routine('floor'), stretches, ALL_GEAR, SETTINGS)?.entry.strengthening,
    ).toBe(false);
  });
});

describe('resolveRoutine against an incomplete library', () => {
  it('passes over ids the library lacks, as if switched off, and counts the slots left empty', () => {
    const withoutFirsts = stretches.filter(
      (s) => !['seated-figure-4', 'standing-figure-4', 'chair-glute-hug'].includes(s.id),
    );
    const desk = resolveRoutine(routine('desk-hips-glutes'), withoutFirsts, ALL_GEAR, SETTINGS);
    expect(desk?.entry.steps?.map((s) => s.stretchId)).toEqual([
      'chair-hip-flexor-stretch',
      'standing-side-bend',
      'seated-hamstring-stretch',
    ]);
    expect(desk?.skipped).toBe(1);
    // A strength routine whose first choices are missing is still a strength routine.
    const noBridge = stretches.filter((s) => s.id !== 'leg-swings-front-back');
    expect(
      resolveRoutine(routine('strength'), noBridge, ALL_GEAR, SETTINGS)?.entry.strengthening,
    ).toBe(true);
  });

  it('puts three seconds on each repetition of its sets in the minutes it shows', () => {
    const resolved = resolveRoutine(routine('strength'), stretches, ALL_GEAR, SETTINGS);
    const seconds = (resolved?.entry.plan ?? []).reduce(
      (sum, phase) => sum + (phase.kind === 'set' ? phase.reps * 3 : phase.seconds),
      0,
    );
    expect(resolved?.entry.plan.some((phase) => phase.kind === 'set')).toBe(true);
    expect(resolved?.minutes).toBe(Math.round(seconds / 60));
    expect(resolved?.skipped).toBe(0);
  });
});
