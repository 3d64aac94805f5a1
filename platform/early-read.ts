import { type StorageItemKey, storage } from 'wxt/utils/storage';

// A page's first storage read, started by the first module its entry evaluates, before the rest
// of the page's own code: the read's round trip then overlaps that code's evaluation, and the first
// render can wait for it instead of drawing an empty page and reading after it has been painted.

let read: Promise<void> | null = null;
let finished: Map<string, unknown> | null = null;

/** Starts reading `keys` (`local:x`, `sync:y`) in one storage.getItems call. */
export function startEarlyRead(keys: readonly StorageItemKey[]): void {
  read = storage.getItems([...keys]).then((found) => {
    finished = new Map(found.map(({ key, value }) => [key, value]));
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
