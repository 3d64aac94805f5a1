import type { Browser } from 'wxt/browser';

// A page's first storage read, begun by a module that imports nothing at run time (only types),
// so it can start before the page's other scripts are fetched and evaluated: the read then
// overlaps their loading instead of following it. Values come back as @wxt-dev/storage's
// getItems gives them (a missing key is null), keyed by the same `area:key` strings.

type Area = 'local' | 'sync' | 'session';
type StorageApi = { storage: Record<Area, Browser.storage.StorageArea> };

let started: { keys: readonly string[]; read: Promise<Map<string, unknown>> } | null = null;
let finished: Map<string, unknown> | null = null;

/** The extension API object, looked up the way WXT's `wxt/browser` does, without importing it. */
function api(): StorageApi {
  const scope = globalThis as unknown as {
    browser?: StorageApi & { runtime?: { id?: string } };
    chrome: StorageApi;
  };
  return scope.browser?.runtime?.id ? scope.browser : scope.chrome;
}

/** Starts reading `keys` (`local:x`, `sync:y`) in one call per storage area. */
export function startEarlyRead(keys: readonly string[]): void {
  const byArea = new Map<Area, string[]>();
  for (const key of keys) {
    const [area, name] = key.split(/:(.*)/s) as [Area, string];
    byArea.set(area, [...(byArea.get(area) ?? []), name]);
  }
  const storage = api().storage;
  const read = Promise.all(
    [...byArea].map(async ([area, names]) => {
      const found: Record<string, unknown> = await storage[area].get(names);
      return names.map((name) => [`${area}:${name}`, found[name] ?? null] as const);
    }),
  ).then((areas) => {
    finished = new Map(areas.flat());
    return finished;
  });
  started = { keys, read };
}

/** Settles when the early read has (rejected reads settle too: the page reads again itself). */
export function earlyReadSettled(): Promise<void> {
  return started
    ? started.read.then(
        () => undefined,
        () => undefined,
      )
    : Promise.resolve();
}

/**
 * The early read's values when it has finished and covered every one of `keys`, else null. Taken
 * once: a later mount (say, after a re-render from scratch) reads storage afresh.
 */
export function takeEarlyValues(keys: readonly string[]): Map<string, unknown> | null {
  const values = finished;
  if (!values || !keys.every((key) => values.has(key))) return null;
  finished = null;
  return values;
}
