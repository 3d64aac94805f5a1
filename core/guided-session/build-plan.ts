import type { Stretch } from '../../data/stretch-types';
import { effectiveDose, type Phase, type PlanSettings, type SessionEntry } from './plan';

// Kept apart from plan.ts, whose types and effectiveDose the popup uses: only the background and
// the options page (routines) build plans, and the popup's bundle need not carry this.

/** The ordered phases of a guided session for one library entry. */
export function buildPlan(stretch: Stretch, settings: PlanSettings): Phase[] {
  const sides: (1 | 2 | null)[] = stretch.sides === 'each' ? [1, 2] : [null];
  const switchPhase: Phase = { kind: 'switch', seconds: settings.switchSeconds };
  const dose = effectiveDose(stretch, settings);
  if (dose.type === 'reps') {
    const phases: Phase[] = [];
    for (let set = 1; set <= dose.sets; set++) {
      for (const [index, side] of sides.entries()) {
        if (index > 0) phases.push(switchPhase);
        phases.push({ kind: 'set', set, sets: dose.sets, reps: dose.reps, side });
      }
      if (set < dose.sets && dose.restSeconds > 0) {
        phases.push({ kind: 'rest', seconds: dose.restSeconds });
      }
    }
    return phases;
  }
  const seconds = dose.seconds;
  const kind = dose.type === 'hold' ? 'hold' : 'roll';
  return sides.flatMap((side, index): Phase[] =>
    index > 0 ? [switchPhase, { kind, side, seconds }] : [{ kind, side, seconds }],
  );
}

export function sessionEntry(stretch: Stretch, settings: PlanSettings): SessionEntry {
  return {
    stretchId: stretch.id,
    strengthening: stretch.kind === 'strengthen',
    plan: buildPlan(stretch, settings),
  };
}
