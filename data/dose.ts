import type { Dose, HoldDose, RepsDose, Sides, TimedDose } from './stretch-types';

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

/** "30 s", "2 min", "1 min 30 s". */
export function formatSeconds(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** A short line for the popup, e.g. "Hold 30 s, each side". */
export function describeDose(dose: Dose, sides: Sides): string {
  const perSide = sides === 'each' ? ', each side' : '';
  switch (dose.type) {
    case 'hold':
      return `Hold ${formatSeconds(dose.seconds)}${perSide}`;
    case 'timed':
      return `${formatSeconds(dose.seconds)}${perSide}`;
    case 'reps': {
      const sets = dose.sets === 1 ? `${dose.reps} reps` : `${dose.sets} sets of ${dose.reps}`;
      const rest =
        dose.sets > 1 && dose.restSeconds > 0 ? `, rest ${formatSeconds(dose.restSeconds)}` : '';
      return `${sets}${perSide}${rest}`;
    }
  }
}
