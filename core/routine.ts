import type { Routine } from '../data/routines';
import type { Condition, Gear, Stretch } from '../data/stretch-types';
import { buildPlan } from './guided-session/build-plan';
import type { Phase, PlanSettings, RoutineStep, SessionEntry } from './guided-session/plan';
import { equipped, ruledOut } from './pick-stretch-limits';

/** What no routine may loosen: the safety screen, the equipment at hand, the entries switched off. */
export interface RoutineLimits {
  conditions: readonly Condition[];
  equipment: readonly Gear[];
  excluded: readonly string[];
}

/** The pause to get from one entry of a routine into the next (to the floor, to the chair). */
export const STEP_CHANGE_SECONDS = 10;
/** About how long one repetition takes, to say how long a routine with sets lasts. */
const SECONDS_PER_REP = 3;

export interface ResolvedRoutine {
  /** The session to start: the entries' plans one after the other, with a pause between. */
  entry: SessionEntry;
  /** Its length at the user's hold times, in whole minutes (at least 1). */
  minutes: number;
  /** Slots left out because nothing in them suits the user. */
  skipped: number;
}

/**
 * A routine as this user can do it: each slot filled with its first entry that passes the limits,
 * a slot with none left out; null (not offered) when fewer than two entries remain, or when a
 * routine of strength work would be left without any.
 */
export function resolveRoutine(
  routine: Routine,
  library: readonly Stretch[],
  limits: RoutineLimits,
  settings: PlanSettings,
): ResolvedRoutine | null {
  const conditions = new Set(limits.conditions);
  const owned = new Set(limits.equipment);
  const byId = new Map(library.map((stretch) => [stretch.id, stretch]));
  const fits = (stretch: Stretch | undefined): stretch is Stretch =>
    stretch !== undefined &&
    !ruledOut(stretch, conditions) &&
    equipped(stretch, owned) &&
    !limits.excluded.includes(stretch.id);
  const chosen: Stretch[] = [];
  for (const slot of routine.slots) {
    const pick = slot.map((id) => byId.get(id)).find(fits);
    if (pick && !chosen.includes(pick)) chosen.push(pick);
  }
  const strength = (list: readonly (Stretch | undefined)[]) =>
    list.some((stretch) => stretch?.kind === 'strengthen');
  // Stryker disable next-line StringLiteral: no entry has the id of any fallback string, '' or other.
  const meantStrength = strength(routine.slots.map((slot) => byId.get(slot[0] ?? '')));
  if (chosen.length < 2 || (meantStrength && !strength(chosen))) return null;

  const plan: Phase[] = [];
  const steps: RoutineStep[] = [];
  for (const stretch of chosen) {
    if (plan.length > 0) plan.push({ kind: 'rest', seconds: STEP_CHANGE_SECONDS });
    steps.push({ stretchId: stretch.id, name: stretch.name, from: plan.length, stretch });
    plan.push(...buildPlan(stretch, settings));
  }
  const seconds = plan.reduce(
    (sum, phase) => sum + (phase.kind === 'set' ? phase.reps * SECONDS_PER_REP : phase.seconds),
    0,
  );
  const first = chosen[0] as Stretch;
  return {
    entry: {
      stretchId: first.id,
      strengthening: strength(chosen),
      plan,
      routine: routine.name,
      steps,
    },
    minutes: Math.max(1, Math.round(seconds / 60)),
    skipped: routine.slots.length - chosen.length,
  };
}

/**
 * A routine stored ready to start (not started: every time 0), so it is checked as a stored
 * session is; `startSession` gives it its times when Start is pressed.
 */
export function readySession(entry: SessionEntry, routineId: string) {
  return {
    ...entry,
    startedAt: 0,
    phaseIndex: 0,
    phaseStartedAt: 0,
    pausedAt: null,
    finishedAt: null,
    routineId,
  };
}
