import type { Dose, Stretch } from '../../data/stretch-types';

/** Phases that end by themselves when their time is up. */
export type TimedPhase =
  | { kind: 'hold'; side: 1 | 2 | null; seconds: number }
  | { kind: 'roll'; side: 1 | 2 | null; seconds: number }
  | { kind: 'switch'; seconds: number }
  | { kind: 'rest'; seconds: number };
/** A set of repetitions: it ends when the user says the set is done. */
export interface SetPhase {
  kind: 'set';
  set: number;
  sets: number;
  reps: number;
  side: 1 | 2 | null;
}
export type Phase = TimedPhase | SetPhase;

export interface PlanSettings {
  /** The user's hold time for static stretches, in seconds. */
  holdSeconds: number;
  /** The pause to change sides, in seconds. */
  switchSeconds: number;
}

/** The dose as the user will do it: static holds take the user's hold time. */
export function effectiveDose(stretch: Stretch, settings: PlanSettings): Dose {
  return stretch.dose.type === 'hold'
    ? { type: 'hold', seconds: settings.holdSeconds }
    : stretch.dose;
}

export function isTimed(phase: Phase): phase is TimedPhase {
  return phase.kind !== 'set';
}

/** One entry of a routine in a session: its name, and the phase its part of the plan starts at. */
export interface RoutineStep {
  stretchId: string;
  name: string;
  from: number;
  /** The entry itself, so a page can show the step being done. */
  stretch?: Stretch;
}

/**
 * What a guided session is started with: the entry's id, whether it strengthens, its plan. A
 * routine also names itself and its steps; its plan is theirs one after the other.
 */
export interface SessionEntry {
  stretchId: string;
  strengthening: boolean;
  plan: Phase[];
  routine?: string;
  steps?: RoutineStep[];
}
