// Times one open of an extension page in a fresh tab: first contentful paint (the browser's paint
// timing entry) and the first frame in which a marker element is in the DOM. The observer goes in
// through the DevTools protocol (addInitScript), which extension pages' CSP does not block.

import { sleep } from './stats.mjs';

/**
 * Runs in the page before any of its own scripts: tags `selector` for Element Timing as soon as it
 * enters the DOM (before it can be painted) and keeps the paint time the browser reports for it.
 */
function watchMarker(selector) {
  const found = { inDom: null, painted: null };
  Object.defineProperty(window, '__benchMarker', { value: found });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.identifier === 'bench-marker' && found.painted === null) {
        found.painted = entry.renderTime || entry.loadTime;
      }
    }
  }).observe({ type: 'element', buffered: true });
  const check = () => {
    const element = document.querySelector(selector);
    if (found.inDom !== null || !element) return false;
    found.inDom = performance.now();
    element.setAttribute('elementtiming', 'bench-marker');
    return true;
  };
  const observer = new MutationObserver(() => check() && observer.disconnect());
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * Opens `url` in a new tab and returns { fcp, visible, inDom, domInteractive } in ms since
 * navigation start; `visible` is the paint time of `selector`'s first frame (Element Timing).
 */
export async function timePageOpen(context, url, selector, viewport = { width: 400, height: 600 }) {
  const page = await context.newPage();
  try {
    await page.setViewportSize(viewport);
    await page.addInitScript(watchMarker, selector);
    await page.goto(url);
    const until = Date.now() + 15_000;
    for (;;) {
      const result = await page.evaluate(() => {
        const fcp = performance
          .getEntriesByType('paint')
          .find((e) => e.name === 'first-contentful-paint');
        const [nav] = performance.getEntriesByType('navigation');
        const marker = /** @type {any} */ (window).__benchMarker;
        return {
          fcp: fcp ? fcp.startTime : null,
          visible: marker?.painted ?? null,
          inDom: marker?.inDom ?? null,
          domInteractive: nav ? nav.domInteractive : null,
        };
      });
      if (result.fcp !== null && result.visible !== null) return result;
      if (Date.now() > until) {
        throw new Error(
          `${url}: no paint or no ${selector} after 15 s (${JSON.stringify(result)})`,
        );
      }
      await sleep(20);
    }
  } finally {
    await page.close();
  }
}
