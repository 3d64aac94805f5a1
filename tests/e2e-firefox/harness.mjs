// Loads the built extension into real Firefox (puppeteer-core over WebDriver BiDi, no browser
// download, no geckodriver) and gives the tests its pages, the browser's privileged (chrome)
// context for what only the browser can do (idle, a notification fading), and the console.

import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import puppeteer from 'puppeteer-core';
import { findFirefox } from '../../scripts/find-browser.mjs';
import { waitFor } from '../e2e/helpers.mjs';

// installExtension takes an absolute path only.
export const EXTENSION_DIR = resolve('.output/firefox-mv3');

/** The add-on id Firefox knows the build by: the gecko id in its manifest. */
export async function geckoIdOf(dir) {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${dir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

/**
 * Headless Firefox on a fresh profile (puppeteer makes one and removes it on close) with the built
 * extension installed as a temporary add-on. Every launch is a first install.
 */
export async function launchFirefox() {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No build at ${EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  }
  const geckoId = await geckoIdOf(EXTENSION_DIR);
  // Firefox gives each install a random internal UUID; fixing it tells us the pages' address.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    // Test-only: lets the client open moz-extension:// pages and reach the chrome context.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      // Firefox's own notification windows: without D-Bus the system backend closes them at once.
      'alerts.useSystemBackend': false,
      // console.* of extension pages and the background, on Firefox's stdout.
      'devtools.console.stdout.content': true,
    },
  });
  const consoleLines = [];
  createInterface({ input: browser.process().stdout }).on('line', (line) => {
    // Firefox's own modules log there too, under a name ("console.error: RSLoader: ..." when
    // remote settings find no network); the extension's console has none, so its lines go
    // "console.warn: "text" ...".
    const firefoxModule = /^console\.\w+: [A-Za-z][\w.-]*:( |$)/.test(line);
    if (/^console\.(warn|error|assert)\b/.test(line) && !firefoxModule) consoleLines.push(line);
  });

  const chrome = (expression) => evaluateInChrome(browser, expression);
  // Warnings and errors the browser reports about the extension (uncaught exceptions, API misuse
  // such as an unimplemented listener) go to the console service, not to stdout.
  await chrome(`(() => {
    const prefix = ${JSON.stringify(`moz-extension://${uuid}/`)};
    const addOn = ${JSON.stringify(`add-on ${geckoId}`)};
    globalThis.__extensionProblems = [];
    Services.console.registerListener({
      observe(message) {
        if (!(message instanceof Ci.nsIScriptError)) return;
        if (message.flags & Ci.nsIScriptError.infoFlag) return;
        if (message.sourceName.startsWith(prefix) || message.errorMessage.includes(addOn)) {
          globalThis.__extensionProblems.push(message.sourceName + ': ' + message.errorMessage);
        }
      },
    });
  })()`);

  const installed = await browser.installExtension(EXTENSION_DIR);
  if (installed !== geckoId) throw new Error(`Installed as ${installed}, expected ${geckoId}`);
  // Headless Firefox turns idle 60 s after start without input; count from now instead.
  await chrome(idleSince(0));

  return {
    browser,
    geckoId,
    uuid,
    /** Opens popup.html, options.html... in a new tab and waits until it has loaded. */
    async openPage(name) {
      const page = await browser.newPage();
      const url = `moz-extension://${uuid}/${name}.html`;
      // Firefox sends no load event for extension pages: goto never resolves; poll instead.
      page.goto(url).catch(() => {});
      await waitFor(`${name}.html to load`, () =>
        page
          .evaluate(() => [location.href, document.readyState])
          .then(([href, state]) => href === url && state === 'complete')
          .catch(() => false),
      );
      return page;
    },
    /** Runs a JavaScript expression in the browser's privileged context; returns its value. */
    chrome,
    /** Tells Firefox the last user input was `ms` ago (0: the user is active now). */
    setIdleFor: (ms) => chrome(idleSince(ms)),
    /**
     * Lets every notification on screen fade out as it does by itself after its display time:
     * the fade animation runs to its end (it is what closes the window), sooner.
     */
    fadeNotifications: () =>
      chrome(`(() => {
        const alerts = [...Services.wm.getEnumerator('alert:alert')];
        for (const alert of alerts) for (const fade of alert.document.getAnimations()) fade.finish();
        return alerts.length;
      })()`),
    /** Every warning and error the extension caused so far, from the console and the browser. */
    async consoleProblems() {
      const reported = JSON.parse(await chrome('JSON.stringify(globalThis.__extensionProblems)'));
      return [...consoleLines, ...reported];
    },
    close: () => browser.close(),
  };
}

const idleSince = (ms) =>
  `Cc['@mozilla.org/widget/useridleservice;1'].getService(Ci.nsIUserIdleServiceInternal).resetIdleTimeOut(${ms})`;

/** script.evaluate in the main browser window's chrome context (reachable with the flag above). */
async function evaluateInChrome(browser, expression) {
  const { result: tree } = await browser.connection.send('browsingContext.getTree', {
    'moz:scope': 'chrome',
    maxDepth: 0,
  });
  const main = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!main) throw new Error('No browser window in the chrome context');
  const { result } = await browser.connection.send('script.evaluate', {
    expression,
    target: { context: main.context },
    awaitPromise: true,
  });
  if (result.type === 'exception') {
    throw new Error(`In the chrome context: ${result.exceptionDetails.text}`);
  }
  return result.result.value;
}
