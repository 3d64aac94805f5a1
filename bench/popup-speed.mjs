// Popup speed beside a blank extension page in the same browser: opens alternate between the two,
// after one untimed warm-up open of each.

import { timePageOpen } from './page-timing.mjs';
import { median } from './stats.mjs';

export const POPUP_MARKER = '#stretch-name';
const BLANK_MARKER = '#blank-text';

export async function measurePopupSpeed(bench, { opens }) {
  const popupUrl = bench.url('popup.html');
  const blankUrl = bench.blankUrl('blank.html');
  await timePageOpen(bench.context, popupUrl, POPUP_MARKER);
  await timePageOpen(bench.context, blankUrl, BLANK_MARKER);
  const popup = [];
  const blank = [];
  for (let i = 0; i < opens; i++) {
    // Alternate which goes first so neither always follows the other.
    const order = i % 2 ? ['blank', 'popup'] : ['popup', 'blank'];
    for (const which of order) {
      if (which === 'popup') popup.push(await timePageOpen(bench.context, popupUrl, POPUP_MARKER));
      else blank.push(await timePageOpen(bench.context, blankUrl, BLANK_MARKER));
    }
  }
  const summary = (samples) => ({
    fcp: median(samples.map((s) => s.fcp)),
    visible: median(samples.map((s) => s.visible)),
    samples,
  });
  return { opens, popup: summary(popup), blank: summary(blank) };
}
