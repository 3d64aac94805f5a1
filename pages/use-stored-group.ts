import { useEffect, useState } from 'preact/hooks';
import { takeEarlyValues } from '../platform/early-read';
import { readKeys, type StorageKey } from '../platform/storage-keys';

/**
 * What the hook needs of an item: its key to read it, and a way to watch it. An item made of
 * several keys (the settings: the synced value, its version and a waiting change) names them all
 * and builds its value from them; its watch then hands over that value, built the same way.
 */
interface Item {
  key: StorageKey;
  keys?: readonly StorageKey[];
  fromKeys?(get: (key: StorageKey) => unknown): unknown;
  watch(callback: (value: unknown) => void): () => void;
}
export type StoredGroupSpec<T> = { [K in keyof T]: { item: Item; parse: (raw: unknown) => T[K] } };

const keysOf = (item: Item) => item.keys ?? [item.key];

function parseAll<T>(spec: StoredGroupSpec<T>, found: Map<string, unknown> | null): T {
  const keys = Object.keys(spec) as (keyof T)[];
  return Object.fromEntries(
    keys.map((key) => {
      const { item, parse } = spec[key];
      const get = (k: StorageKey) => found?.get(k);
      // A value built from several keys is still checked by the spec's own parser.
      return [key, parse(item.fromKeys ? item.fromKeys(get) : get(item.key))];
    }),
  ) as T;
}

/**
 * Several stored items read in one storage call (a page's first paint waits for this), then each
 * kept current as the background writes it. Every value goes through its parser on every read.
 * `spec` must keep its identity between renders (a module-level constant): a new spec reads and
 * subscribes again.
 */
export function useStoredGroup<T extends Record<string, unknown>>(
  spec: StoredGroupSpec<T>,
): { loaded: boolean; values: T } {
  // A read the page's entry began early renders at once; the effect below still reads again once
  // it watches, so a write landing in between is not missed.
  const [state, setState] = useState(() => {
    const keys = Object.keys(spec) as (keyof T)[];
    const early = takeEarlyValues(keys.flatMap((key) => keysOf(spec[key].item)));
    return early
      ? { loaded: true, values: parseAll(spec, early) }
      : { loaded: false, values: parseAll(spec, null) };
  });
  useEffect(() => {
    let live = true;
    const keys = Object.keys(spec) as (keyof T)[];
    readKeys(keys.flatMap((key) => keysOf(spec[key].item))).then((byKey) => {
      if (live) setState({ loaded: true, values: parseAll(spec, byKey) });
    });
    const unwatch = keys.map((key) =>
      spec[key].item.watch((raw) =>
        setState((old) => ({ ...old, values: { ...old.values, [key]: spec[key].parse(raw) } })),
      ),
    );
    return () => {
      live = false;
      for (const stop of unwatch) stop();
    };
  }, [spec]);
  return state;
}
