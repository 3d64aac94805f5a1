/** What the options page says while a settings change waits to be synced, in the user's terms. */
export interface SyncErrorText {
  title: string;
  /** What happened, what it means, and what happens next. */
  body: string;
  /** The browser's own words, for anyone who wants them (or has to report them). */
  detail: string;
}

// Chrome's storage.sync refusals name the quota they hit; the user needs what it means for them.
const CAUSES: [RegExp, string][] = [
  [/MAX_WRITE_OPERATIONS_PER_(MINUTE|HOUR)/, ' (too many changes in a short while)'],
  [/QUOTA_BYTES/, ' (the settings are larger than it allows)'],
];

/**
 * The sync error as the options page shows it: the change is safe on this device, the other
 * browsers do not have it yet, it is tried again by itself, and nothing is lost.
 */
export function describeSyncError(reason: string): SyncErrorText {
  const cause = CAUSES.find(([pattern]) => pattern.test(reason))?.[1] ?? '';
  return {
    title: 'Not synced to your other browsers yet',
    body:
      `Your changes are saved and apply in this browser, but your browser account refused them for now${cause}. ` +
      'They are sent again by themselves about once a minute; nothing is lost.',
    detail: `Browser message: ${reason}`,
  };
}
