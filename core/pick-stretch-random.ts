// Helpers over an injected random source. They tolerate a source that misbehaves (returns 1,
// a negative number or NaN) because a picker that throws leaves the user with no break at all.

function unit(random: () => number): number {
  const value = random();
  if (!Number.isFinite(value) || value < 0) return 0;
  return value >= 1 ? 1 - Number.EPSILON : value;
}

/** An index in [0, length); 0 when length is 0. */
export function randomIndex(random: () => number, length: number): number {
  if (length <= 0) return 0;
  return Math.min(length - 1, Math.floor(unit(random) * length));
}

/**
 * Shuffle where an item of weight 2 tends to land earlier than one of weight 1
 * (Efraimidis-Spirakis: sort by an exponential draw divided by the weight).
 */
export function weightedShuffle<T>(
  items: readonly T[],
  weight: (item: T) => number,
  random: () => number,
): T[] {
  return items
    .map((item) => ({ item, key: -Math.log(1 - unit(random)) / Math.max(weight(item), 1e-9) }))
    .sort((a, b) => a.key - b.key)
    .map((entry) => entry.item);
}
