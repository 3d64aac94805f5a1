// Where the toolbar button's popup opens. With a stretch on offer, the URL's fragment names it,
// and popup.html's own copy of that name shows before any script has run (build/early-stretch-names.ts).

/** What comes before an entry's id in the id of popup.html's early copy of its name. */
const EARLY_NAME = 's-';

/** The id of popup.html's early copy of an entry's name. */
export const earlyNameId = (stretchId: string): string => EARLY_NAME + stretchId;

/** The popup's path for the stretch on offer, or the bare page when there is none. */
export const popupPath = (stretchId: string | null | undefined): string =>
  stretchId ? `popup.html#${EARLY_NAME}${stretchId}` : 'popup.html';
