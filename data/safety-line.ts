// Apart from the rest of the guidance so the popup, which shows only this line, loads only this line.

/** The standing rule every guided stretch shows, in the popup and in the stretch window alike. */
export const SAFETY_LINE = 'Go gently. Stop at once on sharp pain, numbness or tingling.';
