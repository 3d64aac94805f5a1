import {
  type PickResult,
  pickStretch,
  type RecentPick,
  rememberPick,
} from '../../../core/pick-stretch';
import type { PickInput } from '../../../core/pick-stretch-types';
import { mulberry32 } from '../seeded-random';

export type Settings = Omit<PickInput, 'deck' | 'recent' | 'random'>;

/** Picks `count` times the way the extension will: saving deck and history between picks. */
export function simulate(settings: Settings, count: number, seed: number): PickResult[] {
  const random = mulberry32(seed);
  let deck: unknown;
  let recent: RecentPick[] = [];
  const results: PickResult[] = [];
  for (let i = 0; i < count; i++) {
    // A JSON round trip, as extension storage does, so nothing relies on object identity.
    const result = pickStretch({ ...settings, deck, recent, random });
    deck = JSON.parse(JSON.stringify(result.deck));
    recent = rememberPick(recent, result.stretch, i);
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
