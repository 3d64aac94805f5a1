// The bench's figures as table rows (figure, value, budget, ok, method), from the measurements.

import { cpus } from 'node:os';
import { BUDGET } from './budgets.mjs';
import { rowsOverTime } from './rows-over-time.mjs';
import { kb, mb, ms } from './stats.mjs';

export function buildRows(r) {
  const rows = [];
  const failed = (figure, result, budget) => rows.push({ figure, error: result.error, budget });

  // Size
  if (r.sizes.error) failed('Size', r.sizes);
  else {
    const { pages, zips } = r.sizes.value;
    const size = (part) =>
      `${kb(part.raw)} raw · ${kb(part.gzip)} gzip (${part.files.length} file${part.files.length === 1 ? '' : 's'})`;
    rows.push({
      figure: 'Popup JavaScript',
      value: size(pages.popup.js),
      budget: `≤ ${kb(BUDGET.popupJsGzip)} gzip`,
      ok: pages.popup.js.gzip <= BUDGET.popupJsGzip,
      method:
        'scripts popup.html loads, what its entry imports dynamically, and their static imports',
    });
    // Linked files and CSS inline in the page's HTML, together.
    const css = ({ raw, gzip, files, inline }) => {
      const parts = [
        files.length ? `${files.length} file${files.length === 1 ? '' : 's'}` : null,
        inline?.count ? `inline in the HTML` : null,
      ];
      const all = { raw: raw + (inline?.raw ?? 0), gzip: gzip + (inline?.gzip ?? 0) };
      return `${kb(all.raw)} raw · ${kb(all.gzip)} gzip (${parts.filter(Boolean).join(' + ') || 'none'})`;
    };
    rows.push({
      figure: 'Popup CSS',
      value: css(pages.popup.css),
      method: 'stylesheets popup.html links, and its inline <style>',
    });
    rows.push({
      figure: 'Options JavaScript',
      value: size(pages.options.js),
      method: 'scripts options.html loads + their static imports',
    });
    rows.push({
      figure: 'Options CSS',
      value: css(pages.options.css),
      method: 'stylesheets options.html links',
    });
    rows.push({
      figure: 'Background JavaScript',
      value: size(pages.background.js),
      budget: `≤ ${kb(BUDGET.backgroundJsGzip)} gzip`,
      ok: pages.background.js.gzip <= BUDGET.backgroundJsGzip,
      method: 'the service worker + its static imports',
    });
    const { figures } = r.sizes.value;
    if (figures) {
      const n = figures.poses.length;
      const mean = (key) => (n === 0 ? 0 : figures[key] / n);
      const largest = [...figures.poses].sort((a, b) => b.gzip - a.gzip)[0];
      rows.push({
        figure: 'Figure renderer (on demand)',
        value: size(figures.renderer),
        method:
          'figures/renderer.js, which pages load when a figure is shown (body model, renderer, pose index)',
      });
      rows.push({
        figure: 'Bytes per figure (on demand)',
        value: `${kb(mean('posesRaw'))} raw · ${kb(mean('posesGzip'))} gzip on average over ${n}; largest ${largest ? `${largest.id} ${kb(largest.gzip)} gzip` : '—'}`,
        method: "each entry's pose chunk, loaded with its figure",
      });
      rows.push({
        figure: 'Figures in total',
        value: `${kb(figures.renderer.raw + figures.posesRaw)} raw · ${kb(figures.renderer.gzip + figures.posesGzip)} gzip`,
        method: 'renderer + every pose chunk; none is in the popup’s first load or the background',
      });
    }
    rows.push({
      figure: 'Zips',
      value: zips.length
        ? zips.map((z) => `${z.name.replace(/^.*-\d+\.\d+\.\d+-/, '')} ${kb(z.bytes)}`).join(' · ')
        : 'none found',
      method: '`npm run zip` output in .output/',
    });
  }

  // Popup speed
  if (r.speed.error) failed('Popup speed', r.speed, `≤ ${BUDGET.popupVsBlank}× blank`);
  else {
    const { popup, blank, opens, fcpRatio, visibleRatio, load } = r.speed.value;
    const spread = (x) =>
      `${x.median.toFixed(2)}×; middle half ${x.p25.toFixed(2)}–${x.p75.toFixed(2)}×`;
    const how = `median of ${opens} rounds of one blank and one popup open, each popup open against the blank open beside it; load average ${load.toFixed(1)} on ${cpus().length} cores`;
    rows.push({
      figure: 'Popup first contentful paint',
      value: `${ms(popup.fcp)} vs blank ${ms(blank.fcp)} (${spread(fcpRatio)})`,
      budget: `≤ ${BUDGET.popupVsBlank}× blank`,
      ok: fcpRatio.median <= BUDGET.popupVsBlank,
      method: how,
    });
    rows.push({
      figure: 'Popup stretch visible',
      value: `${ms(popup.visible)} vs blank's text ${ms(blank.visible)} (${spread(visibleRatio)})`,
      budget: `≤ ${BUDGET.popupVsBlank}× blank`,
      ok: visibleRatio.median <= BUDGET.popupVsBlank,
      method: `first paint of the name (the copy in popup.html, or the app's #stretch-name; Element Timing); ${how}`,
    });
  }

  // Service-worker heap
  if (r.heap.error) failed('Service-worker heap', r.heap, `≤ ${mb(BUDGET.heapUsed)} used`);
  else {
    const { before, after, counts } = r.heap.value;
    rows.push({
      figure: 'Service-worker JS heap after a working day',
      value: `${mb(after.usedSize)} used (fresh: ${mb(before.usedSize)})`,
      budget: `≤ ${mb(BUDGET.heapUsed)} used`,
      ok: after.usedSize <= BUDGET.heapUsed,
      method: `real worker, after GC; ${counts.alarms} alarms, ${counts.reminders} reminders, ${counts.idle + counts.locked} idle/locked spells, ${counts.buttons} notification answers, ${counts.messages} messages`,
    });
  }

  rows.push(...rowsOverTime(r));
  return rows;
}
