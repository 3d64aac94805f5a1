import { type PickResult, pickStretch } from '../../../core/pick-stretch';
import { fits, normaliseFilters } from '../../../core/pick-stretch-filter';
import type { PickInput } from '../../../core/pick-stretch-types';
import { FOCUS_AREAS, type FocusArea, type Stretch } from '../../../data/stretch-types';
import { stretches } from '../../../data/stretches';
import { mulberry32 } from '../seeded-random';

export type Settings = Omit<PickInput, 'deck' | 'done' | 'random'>;

/** The extension's default filters over the real library. */
export const DEFAULTS: Settings = {
  library: stretches,
  focus: [...FOCUS_AREAS],
  place: 'desk',
  kinds: ['stretch'],
};

/** How many entries a round holds under these settings. */
export function fittingCount(settings: Settings): number {
  const filters = normaliseFilters(settings);
  return settings.library.filter((entry) => fits(entry, filters)).length;
}

/** A pick that found a stretch, as every pick does while the limits leave some entry. */
export type Picked = PickResult & { readonly stretch: Stretch };

/** The stretch of a pick that must have found one; throws (failing the test) when it did not. */
export function picked(result: PickResult): Picked {
  if (result.stretch === null) throw new Error('the picker found no stretch');
  return result as Picked;
}

/** Picks `count` times the way the extension will: saving the deck, each pick taken, between picks. */
export function simulate(settings: Settings, count: number, seed: number): Picked[] {
  const random = mulberry32(seed);
  let deck: unknown;
  const done: Partial<Record<FocusArea, number>> = {};
  const results: Picked[] = [];
  for (let i = 0; i < count; i++) {
    // A JSON round trip, as extension storage does, so nothing relies on object identity.
    const result = picked(pickStretch({ ...settings, deck, done, random }));
    deck = JSON.parse(JSON.stringify(result.deck));
    // Each pick taken, as the history would then count it.
    for (const area of result.stretch.focus) done[area] = (done[area] ?? 0) + 1;
    results.push(result);
  }
  return results;
}

/** Random subsets for property tests, never empty when `nonEmpty`. */
export function someOf<T>(items: readonly T[], random: () => number, nonEmpty = true): T[] {
  const chosen = items.filter(() => random() < 0.5);
  const first = items[Math.floor(random() * items.length)];
  return chosen.length === 0 && nonEmpty && first !== undefined ? [first] : chosen;
}
