import type { Dose, Sides } from './stretch-types';

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
