import { useEffect, useState } from 'preact/hooks';
import { allowedLinks, type StretchLinks } from '../core/stretch-links';
import type { Gear, Stretch } from '../data/stretch-types';
import { LIBRARY_FILE } from '../platform/library';
import { conditionsItem } from '../platform/storage-items';

const NONE: StretchLinks = { easier: null, harder: null };

/**
 * The easier and harder versions of the stretch on offer that the user may do (the safety
 * screen's answers and the equipment they have allow them). The library is read only when the
 * stretch has a link, after the first paint: a file in the package, not a network request.
 */
export function useStretchLinks(stretch: Stretch | null, owned: readonly Gear[] | undefined) {
  const [links, setLinks] = useState<StretchLinks>(NONE);
  // Plain values, so the effect runs again only when the links or the equipment really change.
  const easier = stretch?.easier;
  const harder = stretch?.harder;
  const ownedKey = owned?.join(',');
  useEffect(() => {
    setLinks(NONE);
    if ((!easier && !harder) || ownedKey === undefined) return;
    const have = (ownedKey ? ownedKey.split(',') : []) as Gear[];
    let live = true;
    // The package's own file (platform/library.ts, without its checks: a library that cannot be
    // read or is not a list offers no links, and the card stays as it was).
    const library = fetch(`/${LIBRARY_FILE}`).then((response) => response.json());
    Promise.all([library, conditionsItem.getValue()])
      .then(([entries, conditions]) => {
        if (live && Array.isArray(entries)) {
          setLinks(allowedLinks({ easier, harder }, entries, conditions, have));
        }
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [easier, harder, ownedKey]);
  return links;
}
