import type { FocusArea, Stretch } from '../data/stretch-types';
import { isRecord } from './is-record';
import { deckKey, readDeck, shuffleRound } from './pick-stretch-deck';
import { findFitting, normaliseFilters } from './pick-stretch-filter';
import { type AreaCounts, mostNeglected } from './pick-stretch-recent';
import type { PickInput, PickResult } from './pick-stretch-types';

export { FAVOURITE_WEIGHT } from './pick-stretch-deck';
export type { AreaCounts } from './pick-stretch-recent';
export type {
  DeckState,
  PickInput,
  PickResult,
  Place,
  Widened,
} from './pick-stretch-types';
export { describeWidened } from './pick-stretch-widened';

function isUsableEntry(entry: unknown): entry is Stretch {
  return (
    isRecord(entry) &&
    typeof entry.id === 'string' &&
    Array.isArray(entry.focus) &&
    entry.focus.length > 0 &&
    Array.isArray(entry.equipment) &&
    // Without its tags an entry cannot be vouched for under any condition.
    Array.isArray(entry.contraindications)
  );
}

// A duplicated id would let one entry into a round twice, so only its first copy counts.
function usableEntries(library: readonly unknown[]): Stretch[] {
  const seen = new Set<string>();
  return library.filter((entry): entry is Stretch => {
    if (!isUsableEntry(entry) || seen.has(entry.id)) return false;
    seen.add(entry.id);
    return true;
  });
}

/**
 * The next entry of the round for the area the user has worked least lately. The entry shown
 * last is passed over while anything else is left, so a fresh round never opens with a repeat.
 */
function chooseNext(
  remaining: readonly Stretch[],
  areas: readonly FocusArea[],
  done: AreaCounts | undefined,
  last: string | null,
  random: () => number,
): Stretch | undefined {
  const others = remaining.filter((entry) => entry.id !== last);
  const pool = others.length > 0 ? others : remaining;
  const open = areas.filter((area) => pool.some((entry) => entry.focus.includes(area)));
  const target = mostNeglected(open, done, random);
  return pool.find((entry) => target !== undefined && entry.focus.includes(target)) ?? pool[0];
}

/**
 * Picks the next stretch for a break. Pure: the caller saves the returned deck and passes it
 * back next time.
 *
 * - Never an entry tagged for one of the user's conditions, nor one needing equipment the user
 *   lacks: when those limits leave nothing, `stretch` is null (and nothing is loosened).
 * - Otherwise only entries that fit focus, place, kinds and exclusions are shown; if none do,
 *   one of those filters is loosened and `widened` says which.
 * - Within a round no entry repeats; a round holds every fitting entry once.
 * - Each pick goes to the chosen area the user has worked least in the last 14 days (`done`).
 * - Favourites come up earlier in each round.
 * - Never throws: bad deck, history or settings from storage are cleaned or ignored, and broken
 *   library entries are left out (all of them broken: no stretch, as nothing can be vouched for).
 */
export function pickStretch(input: PickInput): PickResult {
  const library = usableEntries(input.library);
  // Stryker disable next-line ArrowFunction: the random helpers read a non-number (undefined) as 0.
  const random = typeof input.random === 'function' ? input.random : () => 0;
  // Stryker disable next-line ArrayDeclaration: a fallback id that is no entry's marks nothing.
  const favourites = new Set(Array.isArray(input.favourites) ? input.favourites : []);

  const fitting = findFitting(library, normaliseFilters(input));
  const key = deckKey(fitting.entries);
  const first = fitting.entries[0];
  if (first === undefined) {
    return { stretch: null, deck: { key, remaining: [], last: null }, widened: null };
  }
  const byId = new Map(fitting.entries.map((entry) => [entry.id, entry]));
  const saved = readDeck(input.deck, key, byId);
  const ids =
    saved.remaining.length > 0
      ? saved.remaining
      : shuffleRound(fitting.entries, favourites, random, saved.last);
  // Stryker disable next-line ArrayDeclaration: every id comes from the fitting entries (readDeck keeps only those).
  const remaining = ids.flatMap((id) => byId.get(id) ?? []);

  const stretch =
    chooseNext(remaining, fitting.filters.focus, input.done, saved.last, random) ?? first;

  const rest = ids.filter((id) => id !== stretch.id);
  const nextIds =
    rest.length > 0 ? rest : shuffleRound(fitting.entries, favourites, random, stretch.id);
  return { stretch, deck: { key, remaining: nextIds, last: stretch.id }, widened: fitting.widened };
}
