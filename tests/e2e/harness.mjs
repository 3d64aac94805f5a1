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
 * The test build (`wxt build --mode faults`, made by run.mjs for the *.faults.test.mjs files):
 * the shipped code plus fault points a test can hold the worker at, and a render fault for pages.
 */
export const FAULTS_EXTENSION_DIR = resolve('.output/chrome-mv3-faults');

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

/** Whether `page` is the welcome page the extension opens on install. */
export const isWelcomePage = (page) => page.url().includes('/welcome.html');

/**
 * Closes the welcome page the extension opens on install (a fresh profile is a first install), so
 * tests and the bench that are not about it find only the pages they open themselves. It comes
 * right after the service worker's start; a test that never saw it fails here.
 */
export async function closeWelcomePage(context) {
  const opened = context.waitForEvent('page', { predicate: isWelcomePage, timeout: 15_000 });
  opened.catch(() => {});
  const page = context.pages().find(isWelcomePage) ?? (await opened);
  await page.close();
}

/**
 * Starts Chromium with the unpacked build loaded (the test build with `{ build: 'faults' }`);
 * close() removes the profile. The welcome page opened on install is closed first, unless
 * `{ welcome: 'keep' }` (the welcome page's own tests).
 */
export async function launchExtension({ build, welcome } = {}) {
  const dir = build === 'faults' ? FAULTS_EXTENSION_DIR : EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) {
    const how = build === 'faults' ? 'npx wxt build --mode faults' : 'npm run build';
    throw new Error(`No build at ${dir}: run \`${how}\` first.`);
  }
  const { profile, context } = await startChromium(dir);
  const worker = await serviceWorker(context);
  const extensionId = new URL(worker.url()).host;
  if (welcome !== 'keep') await closeWelcomePage(context);
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
async function startChromium(dir) {
  for (let attempt = 1; ; attempt++) {
    const profile = await mkdtemp(join(tmpdir(), 'stretch-e2e-'));
    try {
      return { profile, context: await launchWithExtensions(profile, [dir]) };
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

/**
 * Starts the extension's service worker again, as a browser event would (its top-level code runs
 * and wakes), through the DevTools protocol from a blank page. Playwright goes on using the one
 * Worker object it had for the stopped worker, now reaching the new one: that object is returned.
 */
export async function startServiceWorker(context, extensionId) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.startWorker', { scopeURL: `chrome-extension://${extensionId}/` });
  await cdp.detach();
  await page.close();
  return serviceWorker(context);
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
