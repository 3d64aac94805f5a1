import type { Phase } from './plan';

export interface FigureCue {
  /** The side the figure shows: 2 (the mirror image) for the second side. */
  side: 1 | 2;
  /** Changes as each hold, roll or set begins (the figure then moves into the pose); else null. */
  playKey: number | null;
}

const sideOf = (phase: Phase | undefined): 1 | 2 | null =>
  phase && 'side' in phase ? phase.side : null;

/**
 * What the stretch card's figure shows during a session at phase `index`: that phase's side, or in
 * a switch or a rest the side that comes next, so the picture turns over as the user does.
 */
export function figureCue(plan: readonly Phase[], index: number | null): FigureCue {
  if (index === null || index < 0 || index >= plan.length) return { side: 1, playKey: null };
  const phase = plan[index];
  const next = plan.slice(index).find((p) => sideOf(p) !== null);
  const side = sideOf(phase) ?? sideOf(next) ?? 1;
  // Stryker disable next-line OptionalChaining: the guard above keeps index inside the plan.
  const moving = phase?.kind === 'hold' || phase?.kind === 'roll' || phase?.kind === 'set';
  return { side, playKey: moving ? index : null };
}
