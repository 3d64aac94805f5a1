import { useLayoutEffect } from 'preact/hooks';
import { earlyNameId } from '../core/popup-path';

// popup.html holds every stretch's name, and its URL's fragment shows one of them before any script
// has run (build/early-stretch-names.ts). While the page shows that same stretch, the name stays
// where it is, already painted; for any other (a new pick, a routine's step, a stale URL) the
// early names are hidden and the app draws the heading itself.

const EARLY_SLOT = 'early-title';

/**
 * The id of the heading that names `stretchId` when popup.html's early copy shown is it, else null
 * (the app draws its own). A fragment naming no copy (a development build has none; an entry gone
 * in an update) keeps none. Until the page has loaded, the early name is left as it is.
 */
export function useEarlyTitle(stretchId: string | null, loaded: boolean): string | null {
  const shown = document.querySelector(`#${EARLY_SLOT} > :target`)?.id;
  const kept = stretchId !== null && shown === earlyNameId(stretchId) ? shown : null;
  useLayoutEffect(() => {
    if (loaded) document.getElementById(EARLY_SLOT)?.toggleAttribute('hidden', kept === null);
  }, [kept, loaded]);
  return kept;
}

/** Hides the early names for good: the page shows an error in place of the stretch. */
export function hideEarlyTitle(): void {
  document.getElementById(EARLY_SLOT)?.setAttribute('hidden', '');
}
