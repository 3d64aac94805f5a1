import type { Stretch } from '../../data/stretch-types';
import { buildPlan } from './build-plan';
import type { PlanSettings, SessionEntry } from './plan';

/** How long the one-minute stretch lasts, switch included. */
export const ONE_MINUTE_SECONDS = 60;
/** No hold of the one-minute stretch is shorter than this, however long the switch. */
export const SHORTEST_HOLD_SECONDS = 15;

/**
 * The stretch on offer cut to about a minute, for a break put off twice (core/break-page.ts
 * `offersOneMinute`): its holds (or rolling) fill the minute between them, the switch included;
 * a move done in sets is one set (each side), with no rest. It is the same entry the picker chose
 * within the safety screen and the equipment, so nothing is loosened. Strength work is never cut
 * to a minute (the page does not offer it), so this is never a strength session.
 */
export function oneMinuteEntry(stretch: Stretch, settings: PlanSettings): SessionEntry {
  const { dose } = stretch;
  const sides = stretch.sides === 'each' ? 2 : 1;
  const seconds = Math.max(
    SHORTEST_HOLD_SECONDS,
    Math.floor((ONE_MINUTE_SECONDS - (sides - 1) * settings.switchSeconds) / sides),
  );
  const short = dose.type === 'reps' ? { ...dose, sets: 1 } : { ...dose, seconds };
  return {
    stretchId: stretch.id,
    strengthening: false,
    plan: buildPlan({ ...stretch, dose: short }, { ...settings, holdSeconds: seconds }),
  };
}
