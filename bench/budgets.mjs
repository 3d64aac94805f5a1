// The budgets `npm run bench -- --check` holds the extension to.

const KB = 1024;

export const BUDGET = {
  // What the popup loads as it opens; pictures, charts and other pages must load on demand.
  popupJsGzip: 20 * KB,
  // The service worker, measured in the Chrome build (webextension-polyfill is in the Firefox build
  // only; date-fns is in the pages only).
  backgroundJsGzip: 16 * KB,
  // Popup first paint, and its stretch painted, against a blank extension page.
  popupVsBlank: 1.3,
  heapUsed: 1.5 * 1024 * 1024,
  activeWakesPerHour: 61,
  latenessP95: 2000,
  historyAt5Years: 50,
  // The Progress page with five years of history: what they add to its first paint, and an
  // export or an import as the user waits for it.
  progressAt5Years: 50,
  progressExportImport: 1000,
};

// Timer and scheduling noise allowed in the linearity check: identical opens of the same page
// spread over about 10 ms on this shared 2-core machine (e.g. 62 to 67 ms for the popup).
export const TIME_SLACK_MS = 15;
