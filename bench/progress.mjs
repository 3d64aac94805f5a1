// The Progress page with five years of history (issue 16): the bytes the history takes in its
// monthly parts, the page's render time, and how long an export (CSV and JSON) and an import of
// it take, as the user sees them: from the click (or the chosen file) to the download (or the
// "Imported" message).

import { join } from 'node:path';
import { timePageOpen } from './page-timing.mjs';
import { median } from './stats.mjs';

const YEARS = 5;
const DAYS_PER_YEAR = 250;
// Per working day: eight reminders offered, and how each ended; five in six taken.
const OUTCOMES = ['stretched', 'natural-break', 'stretched', 'skipped', 'stretched', 'missed'];
const IDS = ['pigeon', 'seated-figure-4', 'chair-hip-flexor-stretch', 'seated-hamstring-stretch'];
// The page draws from the last 45 days first (the today figures), then the streak from all of it.
export const PROGRESS_MARKER = '#today dd';
const WHOLE = '#streak .big-figure[aria-busy="false"]';

/** Five years of working days (about 20,000 records), oldest first, in the records' own shape. */
export function fiveYearsOfProgress(now = Date.now()) {
  const days = [];
  const day = new Date(now);
  day.setHours(9, 0, 0, 0);
  while (days.length < YEARS * DAYS_PER_YEAR) {
    if (day.getDay() !== 0 && day.getDay() !== 6) days.push(day.getTime());
    day.setDate(day.getDate() - 1);
  }
  days.reverse();
  const entries = [];
  let n = 0;
  for (const start of days) {
    for (let i = 0; i < 8; i++, n++) {
      const at = start + i * 55 * 60_000;
      if (at + 60_000 > now) break;
      entries.push({ kind: 'offered', at, sittingMs: 30 * 60_000 });
      const kind = OUTCOMES[n % OUTCOMES.length];
      const stretchId = kind === 'stretched' ? { stretchId: IDS[n % IDS.length] } : {};
      entries.push({ kind, at: at + 60_000, sittingMs: 31 * 60_000, ...stretchId });
    }
  }
  return entries;
}

/** Runs in the page: writes `entries` as the stored history (monthly parts); bytes and count. */
async function storeParts(entries) {
  const all = await chrome.storage.local.get(null);
  const old = Object.keys(all).filter((key) => /^history-\d{4}-\d{2}$/.test(key));
  await chrome.storage.local.remove(old);
  const parts = {};
  for (const entry of entries) {
    const d = new Date(entry.at);
    const key = `history-${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
    if (!parts[key]) parts[key] = [];
    parts[key].push(entry);
  }
  // As the extension stores them: one JSON string a month (core/history/history.ts, encodePart).
  for (const key of Object.keys(parts)) parts[key] = JSON.stringify(parts[key]);
  await chrome.storage.local.set(parts);
  return {
    bytes: await chrome.storage.local.getBytesInUse(Object.keys(parts)),
    entries: Object.values(parts).reduce((n, part) => n + JSON.parse(part).length, 0),
  };
}

const timed = async (task) => {
  const start = performance.now();
  await task();
  return performance.now() - start;
};

export async function measureProgress(bench, { opens, dir }) {
  const history = fiveYearsOfProgress();
  const page = await bench.openPage('progress.html', { width: 900, height: 700 });
  const firstPaint = async () => {
    const samples = [];
    await timePageOpen(bench.context, bench.url('progress.html'), PROGRESS_MARKER, VIEW);
    for (let i = 0; i < opens; i++) {
      samples.push(
        await timePageOpen(bench.context, bench.url('progress.html'), PROGRESS_MARKER, VIEW),
      );
    }
    return median(samples.map((s) => s.visible - s.domInteractive));
  };
  try {
    await page.evaluate(storeParts, []);
    const empty = await firstPaint();
    const stored = await page.evaluate(storeParts, history);
    const render = [];
    await timePageOpen(bench.context, bench.url('progress.html'), PROGRESS_MARKER, VIEW);
    for (let i = 0; i < opens; i++) {
      render.push(
        await timePageOpen(bench.context, bench.url('progress.html'), PROGRESS_MARKER, VIEW),
      );
    }
    // The whole history counted: from the page's DOM being ready to the streak's figure written.
    const whole = [];
    for (let i = 0; i < opens; i++) {
      const tab = await bench.openPage('progress.html', VIEW);
      await tab.waitForSelector(WHOLE);
      whole.push(
        await tab.evaluate(
          () => performance.now() - performance.getEntriesByType('navigation')[0].domInteractive,
        ),
      );
      await tab.close();
    }
    await page.reload();
    await page.locator(WHOLE).waitFor();
    const download = async (name) => {
      let file;
      const ms = await timed(async () => {
        [file] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name }).click(),
        ]);
      });
      return { ms, file };
    };
    const csv = [];
    const json = [];
    let exported = null;
    for (let i = 0; i < 3; i++) {
      csv.push((await download('Export history as CSV')).ms);
      const last = await download('Export as JSON');
      json.push(last.ms);
      exported = last.file;
    }
    const file = join(dir, 'five-years.json');
    await exported.saveAs(file);
    const options = await bench.openPage('options.html', { width: 900, height: 700 });
    const imports = [];
    try {
      for (let i = 0; i < 3; i++) {
        imports.push(
          await timed(async () => {
            await options.getByLabel('Import from a file').setInputFiles(file);
            await options
              .getByRole('status')
              .filter({ hasText: 'Imported settings and history' })
              .waitFor({ timeout: 30_000 });
          }),
        );
        await options.reload();
      }
    } finally {
      await options.close();
    }
    return {
      years: YEARS,
      entries: stored.entries,
      bytes: stored.bytes,
      empty,
      render: median(render.map((s) => s.visible - s.domInteractive)),
      whole: median(whole),
      csv: median(csv),
      json: median(json),
      import: median(imports),
      opens,
    };
  } finally {
    await page.evaluate(async () => {
      const all = await chrome.storage.local.get(null);
      await chrome.storage.local.remove(Object.keys(all).filter((k) => k.startsWith('history-')));
    });
    await page.close();
  }
}

const VIEW = { width: 900, height: 700 };
