import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';

/** A stored item, parsed on every read and kept current as the background writes it. */
export function useStored<T>(
  // biome-ignore lint/suspicious/noExplicitAny: the metadata type is irrelevant here
  item: WxtStorageItem<unknown, any>,
  parse: (raw: unknown) => T,
): { loaded: boolean; value: T } {
  const [state, setState] = useState(() => ({ loaded: false, value: parse(undefined) }));
  useEffect(() => {
    let live = true;
    item.getValue().then((raw) => live && setState({ loaded: true, value: parse(raw) }));
    const unwatch = item.watch((raw) => setState({ loaded: true, value: parse(raw) }));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return state;
}
