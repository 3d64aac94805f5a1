import { readKeys, type StorageKey } from './storage-keys';

// A page's first storage read, started by the first module its entry evaluates, before the rest
// of the page's own code: the read's round trip then overlaps that code's evaluation, and the first
// render can wait for it instead of drawing an empty page and reading after it has been painted.

let read: Promise<void> | null = null;
let finished: Map<string, unknown> | null = null;

/** Starts reading `keys` (`local:x`, `sync:y`) at once, one storage call per area. */
export function startEarlyRead(keys: readonly StorageKey[]): void {
  read = readKeys(keys).then((found) => {
    finished = found;
  });
}

/** Settles when the early read has; a failed read settles too (the page then reads by itself). */
export function earlyReadSettled(): Promise<void> {
  return read ? read.catch(() => undefined) : Promise.resolve();
}

/**
 * The early read's values when it has finished and covered every one of `keys`, else null. Taken
 * once: a later mount reads storage afresh.
 */
export function takeEarlyValues(keys: readonly string[]): Map<string, unknown> | null {
  const values = finished;
  if (!values || !keys.every((key) => values.has(key))) return null;
  finished = null;
  return values;
}
