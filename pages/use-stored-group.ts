import { useEffect, useState } from 'preact/hooks';
import { takeEarlyValues } from '../platform/early-read';
import { readKeys, type StorageKey } from '../platform/storage-keys';

/** What the hook needs of an item: its key to read it, and a way to watch it. */
interface Item {
  key: StorageKey;
  watch(callback: (value: unknown) => void): () => void;
}
export type StoredGroupSpec<T> = { [K in keyof T]: { item: Item; parse: (raw: unknown) => T[K] } };

function parseAll<T>(spec: StoredGroupSpec<T>, raws: (key: keyof T) => unknown): T {
  const keys = Object.keys(spec) as (keyof T)[];
  return Object.fromEntries(keys.map((key) => [key, spec[key].parse(raws(key))])) as T;
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
    const early = takeEarlyValues(keys.map((key) => spec[key].item.key));
    return early
      ? { loaded: true, values: parseAll(spec, (key) => early.get(spec[key].item.key)) }
      : { loaded: false, values: parseAll(spec, () => undefined) };
  });
  useEffect(() => {
    let live = true;
    const keys = Object.keys(spec) as (keyof T)[];
    readKeys(keys.map((key) => spec[key].item.key)).then((byKey) => {
      if (live)
        setState({ loaded: true, values: parseAll(spec, (key) => byKey.get(spec[key].item.key)) });
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
