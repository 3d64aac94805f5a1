// Times one open of an extension page in a fresh tab: first contentful paint (the browser's paint
// timing entry) and the first paint of a marker element (Element Timing). The observer goes in
// through the DevTools protocol (addInitScript), which extension pages' CSP does not block, and
// the page is asked once for a promise of the result: polling it would put the bench's own tasks
// on the main thread of the page being timed.

/**
 * Runs in the page before any of its own scripts: tags every element matching `selector` for
 * Element Timing as soon as it enters the DOM (before it can be painted), and resolves
 * `window.__benchTiming` once both the first contentful paint and the first paint of any of them
 * are known. (The popup's marker is its stretch's name, which popup.html draws before the app does
 * in a copy of its own: whichever copy paints first counts; hidden copies never paint.)
 */
function watchMarker(selector) {
  const found = { fcp: null, visible: null, inDom: null, domInteractive: null };
  let settle;
  const done = new Promise((resolve) => {
    settle = resolve;
  });
  Object.defineProperty(window, '__benchTiming', { value: done });
  const check = () => {
    if (found.fcp === null || found.visible === null) return;
    const [nav] = performance.getEntriesByType('navigation');
    found.domInteractive = nav ? nav.domInteractive : null;
    settle(found);
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-contentful-paint') found.fcp = entry.startTime;
    }
    check();
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const painted = entry.renderTime || entry.loadTime;
      if (
        entry.identifier === 'bench-marker' &&
        (found.visible === null || painted < found.visible)
      ) {
        found.visible = painted;
      }
    }
    check();
  }).observe({ type: 'element', buffered: true });
  const tag = () => {
    for (const element of document.querySelectorAll(selector)) {
      if (element.hasAttribute('elementtiming')) continue;
      found.inDom ??= performance.now();
      element.setAttribute('elementtiming', 'bench-marker');
    }
  };
  const observer = new MutationObserver(() =>
    found.visible === null ? tag() : observer.disconnect(),
  );
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
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const timing = page.evaluate(() => /** @type {any} */ (window).__benchTiming);
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${url}: no first paint or no ${selector} after 15 s`)),
        15_000,
      );
    });
    try {
      return await Promise.race([timing, timeout]);
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await page.close();
  }
}
