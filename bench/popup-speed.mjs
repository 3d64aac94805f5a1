// Popup speed beside a blank extension page in the same browser. Each round opens both, in turn
// (which goes first alternates), and compares the two: on this shared machine the load changes
// from second to second, so a popup open is held against the blank open right beside it, not
// against an average taken at another moment. Medians over the rounds, after untimed warm-ups.

import { loadavg } from 'node:os';
import { timePageOpen } from './page-timing.mjs';
import { median, percentile } from './stats.mjs';

/** The stretch's name: the app's heading, or popup.html's own early copy (whichever paints first). */
export const POPUP_MARKER = '#stretch-name, .early-name';
const BLANK_MARKER = '#blank-text';
const WARM_UPS = 3;

/** Median, and the 25th and 75th percentiles, of a list of ratios. */
function spread(values) {
  return { median: median(values), p25: percentile(values, 25), p75: percentile(values, 75) };
}

export async function measurePopupSpeed(bench, { opens }) {
  const blankUrl = bench.blankUrl('blank.html');
  let popupUrl = bench.url('popup.html');
  const openPopup = () => timePageOpen(bench.context, popupUrl, POPUP_MARKER);
  const openBlank = () => timePageOpen(bench.context, blankUrl, BLANK_MARKER);
  for (let i = 0; i < WARM_UPS; i++) {
    await openPopup();
    await openBlank();
  }
  // The page the toolbar button opens: once a stretch is picked, its URL names it (core/popup-path.ts).
  popupUrl = await (await bench.worker()).evaluate(() => chrome.action.getPopup({}));
  const popup = [];
  const blank = [];
  const loadBefore = loadavg()[0];
  for (let i = 0; i < opens; i++) {
    if (i % 2) {
      blank.push(await openBlank());
      popup.push(await openPopup());
    } else {
      popup.push(await openPopup());
      blank.push(await openBlank());
    }
  }
  const summary = (samples) => ({
    fcp: median(samples.map((s) => s.fcp)),
    visible: median(samples.map((s) => s.visible)),
    samples,
  });
  // Popup first paint against blank first paint; stretch visible against the blank's text painted.
  const ratios = (key) => popup.map((p, i) => p[key] / blank[i][key]);
  return {
    opens,
    popupUrl,
    // The 1-minute load average over the timed opens: other work on the machine slows both pages.
    load: (loadBefore + loadavg()[0]) / 2,
    popup: summary(popup),
    blank: summary(blank),
    fcpRatio: spread(ratios('fcp')),
    visibleRatio: spread(ratios('visible')),
  };
}
