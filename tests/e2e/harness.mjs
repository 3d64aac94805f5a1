// Loads the built extension into real Chromium (playwright-core, no browser download) and gives
// the tests its pages, its service worker and a CDP handle on the browser.

import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, sandboxArgs } from '../../scripts/find-browser.mjs';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/**
 * Headless Chromium on `profile` with the unpacked extensions in `dirs` loaded, and with every
 * background network feature off (this machine has no network; Chromium would keep trying).
 */
export function launchWithExtensions(profile, dirs) {
  const list = dirs.join(',');
  return chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 900, height: 700 },
    args: [
      ...sandboxArgs(),
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${list}`,
      `--load-extension=${list}`,
    ],
  });
}

/** Starts Chromium with the unpacked build loaded; close() removes the profile. */
export async function launchExtension() {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No build at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const { profile, context } = await startChromium();
  const worker = await serviceWorker(context);
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    /** The current service worker (it may have been restarted since launch). */
    worker: () => serviceWorker(context),
    async openPage(name, viewport) {
      const page = await context.newPage();
      // Page errors and console errors are part of a failure's story: print them as they happen.
      page.on('pageerror', (error) => console.error(`[${name} page error] ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') console.error(`[${name} console] ${message.text()}`);
      });
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(`chrome-extension://${extensionId}/${name}.html`);
      return page;
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Chromium on a fresh profile. On this shared machine it now and then exits during start-up
 * ("Target page, context or browser has been closed") before any test code runs: one more try
 * then, on another fresh profile; a second failure is reported.
 */
async function startChromium() {
  for (let attempt = 1; ; attempt++) {
    const profile = await mkdtemp(join(tmpdir(), 'stretch-e2e-'));
    try {
      return { profile, context: await launchWithExtensions(profile, [EXTENSION_DIR]) };
    } catch (error) {
      await rm(profile, { recursive: true, force: true });
      if (attempt >= 2 || !/has been closed/.test(String(error))) throw error;
      console.error(`Chromium exited while starting; starting it once more: ${error.message}`);
    }
  }
}

async function serviceWorker(context) {
  const live = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return live ?? context.waitForEvent('serviceworker', { timeout: 10_000 });
}

/** Stops the extension's service worker the way Chrome does when it is idle. */
export async function killServiceWorker(context, page) {
  const cdp = await context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const targets = targetInfos.filter((t) => t.type === 'service_worker');
  for (const target of targets) await cdp.send('Target.closeTarget', { targetId: target.targetId });
  await cdp.detach();
  return targets.length;
}

/** Runs axe-core in the page and returns the violations (empty when the page passes). */
export async function accessibilityViolations(page) {
  // Evaluated through the DevTools protocol: extension pages' CSP forbids injected script tags.
  await page.evaluate(await readFile(resolve('node_modules/axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate(() =>
    /** @type {any} */ (window).axe.run(document, { resultTypes: ['violations'] }),
  );
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`,
  );
}
