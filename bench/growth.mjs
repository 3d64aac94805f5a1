// Growth with history: the stored history's bytes and the popup's and options page's render time
// with none, 1 year and 5 years of synthetic history (250 working days a year, 16 entries a day).
// Render time = from the page's DOM being ready (its script about to run) to the marker element's
// first paint, so it is the page's own work, not the browser opening a tab.

import { timePageOpen } from './page-timing.mjs';
import { POPUP_MARKER } from './popup-speed.mjs';
import { median } from './stats.mjs';

export const DAYS_PER_YEAR = 250;
export const ENTRIES_PER_DAY = 16;
export const OPTIONS_MARKER = 'h1';
const KINDS = ['stretched', 'natural-break', 'snoozed', 'stretched', 'skipped', 'missed'];

/** `years` of working days ending today, oldest first, as the background appends them. */
export function syntheticHistory(years, now = Date.now()) {
  const entries = [];
  const day = new Date(now);
  day.setHours(9, 0, 0, 0);
  const days = [];
  while (days.length < years * DAYS_PER_YEAR) {
    if (day.getDay() !== 0 && day.getDay() !== 6) days.push(day.getTime());
    day.setDate(day.getDate() - 1);
  }
  days.reverse();
  let n = 0;
  for (const start of days) {
    for (let i = 0; i < ENTRIES_PER_DAY; i++, n++) {
      const at = start + i * 28 * 60_000 + (n % 7) * 41_000;
      if (at > now) break;
      const kind = KINDS[n % KINDS.length];
      entries.push({ kind, at, sittingMs: 20 * 60_000 + (n % 13) * 60_000 });
    }
  }
  return entries;
}

export async function measureGrowth(bench, { opens, levels = [0, 1, 5] }) {
  const page = await bench.openPage('options.html');
  const original = await page.evaluate(() => chrome.storage.local.get('history'));
  const results = [];
  try {
    for (const years of levels) {
      const history = syntheticHistory(years);
      const stored = await page.evaluate(async (history) => {
        if (history.length === 0) await chrome.storage.local.remove('history');
        else await chrome.storage.local.set({ history });
        const back = (await chrome.storage.local.get('history')).history ?? [];
        return { bytes: await chrome.storage.local.getBytesInUse('history'), entries: back.length };
      }, history);
      const popup = [];
      const options = [];
      // One untimed open of each first, then alternate.
      await timePageOpen(bench.context, bench.url('popup.html'), POPUP_MARKER);
      await timePageOpen(bench.context, bench.url('options.html'), OPTIONS_MARKER, OPTIONS_VIEW);
      for (let i = 0; i < opens; i++) {
        popup.push(await timePageOpen(bench.context, bench.url('popup.html'), POPUP_MARKER));
        options.push(
          await timePageOpen(
            bench.context,
            bench.url('options.html'),
            OPTIONS_MARKER,
            OPTIONS_VIEW,
          ),
        );
      }
      const render = (samples) => median(samples.map((s) => s.visible - s.domInteractive));
      results.push({
        years,
        entries: stored.entries,
        bytes: stored.bytes,
        popup: render(popup),
        options: render(options),
        popupFromStart: median(popup.map((s) => s.visible)),
        optionsFromStart: median(options.map((s) => s.visible)),
      });
    }
  } finally {
    // Put back the history there was, for whatever is measured next.
    await page.evaluate(async (original) => {
      if (original.history === undefined) await chrome.storage.local.remove('history');
      else await chrome.storage.local.set(original);
    }, original);
    await page.close();
  }
  return { opens, levels: results };
}

const OPTIONS_VIEW = { width: 900, height: 700 };

/**
 * Linear or better: what 5 years add is at most 5 times what 1 year adds, plus `slack` for noise
 * (timer resolution, scheduling) when the figures are times.
 */
export function isLinear(at0, at1, at5, slack = 0) {
  return at5 - at0 <= 5 * Math.max(0, at1 - at0) + slack;
}
