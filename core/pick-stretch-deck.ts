import type { Stretch } from '../data/stretch-types';
import { isRecord } from './is-record';
import { randomIndex, weightedShuffle } from './pick-stretch-random';
import type { DeckState } from './pick-stretch-types';

// Favourites come up earlier in each round, so over a day or two they are seen more often,
// while the round still shows every fitting entry once before any repeats.
export const FAVOURITE_WEIGHT = 2;

/** FNV-1a, enough to tell sets of ids apart without storing them all twice. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * Names the set of entries a round is drawn from. Any change of filters, favourites aside, or
 * of the library changes the set, and so the key, and so starts a fresh round.
 */
export function deckKey(entries: readonly Stretch[]): string {
  const ids = entries.map((entry) => entry.id).sort();
  return `${ids.length}:${hash(ids.join(','))}`;
}

/** A new round: every entry once, favourites drawn earlier, never starting with `avoidFirst`. */
export function shuffleRound(
  entries: readonly Stretch[],
  favourites: ReadonlySet<string>,
  random: () => number,
  avoidFirst: string | null,
): string[] {
  const ids = weightedShuffle(
    entries.map((entry) => entry.id),
    (id) => (favourites.has(id) ? FAVOURITE_WEIGHT : 1),
    random,
  );
  if (ids[0] === avoidFirst) {
    const swapWith = 1 + randomIndex(random, ids.length - 1);
    // Undefined when the round has a single entry: then there is nothing to swap with.
    const other = ids[swapWith];
    if (other !== undefined) {
      ids[swapWith] = avoidFirst;
      ids[0] = other;
    }
  }
  return ids;
}

/**
 * The saved deck, checked: ids that are unknown, no longer fit or appear twice are dropped,
 * and a deck shuffled for another set of entries is discarded (keeping only `last`).
 */
export function readDeck(
  raw: unknown,
  key: string,
  fitting: ReadonlyMap<string, Stretch>,
): DeckState {
  const record = isRecord(raw) ? raw : {};
  const last = typeof record.last === 'string' ? record.last : null;
  if (record.key !== key || !Array.isArray(record.remaining)) {
    return { key, remaining: [], last };
  }
  const seen = new Set<string>();
  const remaining: string[] = [];
  for (const id of record.remaining) {
    if (typeof id === 'string' && fitting.has(id) && !seen.has(id)) {
      seen.add(id);
      remaining.push(id);
    }
  }
  return { key, remaining, last };
}
