// Apart from the rest of the guidance so the popup, which shows only this line, loads only this line.

/** The one line the popup shows under every stretch. */
export const SAFETY_LINE = 'Stretch gently and never into pain. If it hurts, stop.';
