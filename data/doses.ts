// The library's doses, apart from dose.ts (how a dose reads), which the popup needs without them.
import type { HoldDose, RepsDose, TimedDose } from './stretch-types';

// The texts agree on about half a minute per side for a static stretch.
export const DEFAULT_HOLD: HoldDose = { type: 'hold', seconds: 30 };

// Activation work is 2-3 sets of 10-15; we take the low end so a desk break stays short.
export const ACTIVATION: RepsDose = { type: 'reps', sets: 2, reps: 12, restSeconds: 30 };

// Strength work is 3-4 sets of 6-12 with enough rest to keep good form.
export const STRENGTH: RepsDose = { type: 'reps', sets: 3, reps: 10, restSeconds: 60 };

// Single-leg strength moves tire balance as well as muscle, hence fewer reps.
export const STRENGTH_SINGLE_LEG: RepsDose = { type: 'reps', sets: 3, reps: 8, restSeconds: 60 };

// Dynamic warm-up swings and circles: one easy set, no rest needed.
export const WARM_UP: RepsDose = { type: 'reps', sets: 1, reps: 10, restSeconds: 0 };

// Foam rolling the outer thigh: about two minutes a side.
export const FOAM_ROLL: TimedDose = { type: 'timed', seconds: 120 };
