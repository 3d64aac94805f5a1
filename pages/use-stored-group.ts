import { useEffect, useState } from 'preact/hooks';
import { type StorageItemKey, storage } from 'wxt/utils/storage';
import { takeEarlyValues } from '../platform/early-read';

/** What the hook needs of an item: its key to read it, and a way to watch it. */
interface Item {
  key: StorageItemKey;
  watch(callback: (value: unknown) => void): () => void;
}
type Spec<T> = { [K in keyof T]: { item: Item; parse: (raw: unknown) => T[K] } };

/**
 * Several stored items read in one storage call (a page's first paint waits for this), then each
 * kept current as the background writes it. Every value goes through its parser on every read.
 */
export function useStoredGroup<T extends Record<string, unknown>>(
  spec: Spec<T>,
): { loaded: boolean; values: T } {
  const keys = Object.keys(spec) as (keyof T)[];
  const parseAll = (raws: (key: keyof T) => unknown) =>
    Object.fromEntries(keys.map((key) => [key, spec[key].parse(raws(key))])) as T;
  // A read the page's entry began early renders at once; the effect below still reads again once
  // it watches, so a write landing in between is not missed.
  const [state, setState] = useState(() => {
    const early = takeEarlyValues(keys.map((key) => spec[key].item.key));
    return early
      ? { loaded: true, values: parseAll((key) => early.get(spec[key].item.key)) }
      : { loaded: false, values: parseAll(() => undefined) };
  });
  useEffect(() => {
    let live = true;
    storage.getItems(keys.map((key) => spec[key].item.key)).then((found) => {
      const byKey = new Map(found.map(({ key, value }) => [key, value]));
      if (live)
        setState({ loaded: true, values: parseAll((key) => byKey.get(spec[key].item.key)) });
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
  }, []);
  return state;
}
