import { useLayoutEffect } from 'preact/hooks';
import { earlyNameId } from '../core/popup-path';

// popup.html holds every stretch's name, and its URL's fragment shows one of them before any script
// has run (build/early-stretch-names.ts). While the page shows that same stretch, the name stays
// where it is, already painted; for any other (a new pick, a routine's step, a stale URL) the
// early names are hidden and the app draws the heading itself.

const EARLY_SLOT = 'early-title';

/**
 * The id of the heading that names `stretchId` when popup.html's early copy is it, else null (the
 * app draws its own). Until the page has loaded, the early name is left as it is.
 */
export function useEarlyTitle(stretchId: string | null, loaded: boolean): string | null {
  const early = location.hash.slice(1);
  const kept = stretchId !== null && early === earlyNameId(stretchId) ? early : null;
  useLayoutEffect(() => {
    if (loaded) document.getElementById(EARLY_SLOT)?.toggleAttribute('hidden', kept === null);
  }, [kept, loaded]);
  return kept;
}
