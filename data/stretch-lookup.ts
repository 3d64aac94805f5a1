import type { FocusArea, Stretch } from './stretch-types';

export { coversFocus, fitsDesk } from './stretch-fit';

import { stretches } from './stretches';

// The library is tiny, so a Map built once is all the indexing it needs.
const byId: ReadonlyMap<string, Stretch> = new Map(stretches.map((entry) => [entry.id, entry]));

/** The entry with this id, or undefined for ids from an older or newer version. */
export function stretchById(id: string): Stretch | undefined {
  return byId.get(id);
}

export function isKnownStretchId(id: unknown): id is string {
  return typeof id === 'string' && byId.has(id);
}

export function stretchesForFocus(
  area: FocusArea,
  library: readonly Stretch[] = stretches,
): readonly Stretch[] {
  return library.filter((entry) => entry.focus.includes(area));
}

export function easierVersion(entry: Stretch): Stretch | undefined {
  return entry.easier === undefined ? undefined : byId.get(entry.easier);
}

export function harderVersion(entry: Stretch): Stretch | undefined {
  return entry.harder === undefined ? undefined : byId.get(entry.harder);
}

/**
 * The whole progression the entry belongs to, easiest first, so a page can show where it sits.
 * The step limit guards against a cycle in data edited by hand.
 */
export function progressionOf(entry: Stretch): readonly Stretch[] {
  const limit = stretches.length;
  let first = entry;
  for (let step = 0; step < limit; step++) {
    const easier = easierVersion(first);
    if (easier === undefined || easier === entry) break;
    first = easier;
  }
  const chain: Stretch[] = [first];
  for (let step = 0; step < limit; step++) {
    const last = chain[chain.length - 1];
    const harder = last === undefined ? undefined : harderVersion(last);
    if (harder === undefined || chain.includes(harder)) break;
    chain.push(harder);
  }
  return chain;
}
