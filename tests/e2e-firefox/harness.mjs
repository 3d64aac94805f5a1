// Loads the built extension into real Firefox (puppeteer-core over WebDriver BiDi, no browser
// download, no geckodriver) and gives the tests its pages, the browser's privileged (chrome)
// context for what only the browser can do (idle, a notification fading), and the console.

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { after, afterEach, before, beforeEach } from 'node:test';
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
 * Headless Firefox on a fresh profile (puppeteer makes one and removes it on close). `install()`
 * adds the built extension as a temporary add-on; `uninstall()` on what it returns removes it with
 * its storage, alarms and notifications, so the next install is a first install again.
 */
export async function launchFirefox() {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No build at ${EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  }
  const geckoId = await geckoIdOf(EXTENSION_DIR);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    // Test-only: lets the client open moz-extension:// pages and reach the chrome context.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Firefox's own notification windows: without D-Bus the system backend closes them at once.
      'alerts.useSystemBackend': false,
      // console.* of extension pages and the background, on Firefox's stdout.
      'devtools.console.stdout.content': true,
    },
  });
  let consoleLines = [];
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
    globalThis.__extensionProblems = [];
    Services.console.registerListener({
      observe(message) {
        if (!(message instanceof Ci.nsIScriptError)) return;
        if (message.flags & Ci.nsIScriptError.infoFlag) return;
        const { prefix, addOn } = globalThis.__extension ?? {};
        if (!prefix) return;
        if (message.sourceName.startsWith(prefix) || message.errorMessage.includes(addOn)) {
          globalThis.__extensionProblems.push(message.sourceName + ': ' + message.errorMessage);
        }
      },
    });
  })()`);

  return {
    browser,
    geckoId,
    /** Installs the built extension afresh and gives what a test needs to drive it. */
    async install() {
      // Firefox gives each install a random internal UUID; fixing it tells us the pages' address.
      const uuid = randomUUID();
      consoleLines = [];
      await chrome(`(() => {
        const key = 'extensions.webextensions.uuids';
        const uuids = JSON.parse(Services.prefs.getStringPref(key, '{}'));
        uuids[${JSON.stringify(geckoId)}] = ${JSON.stringify(uuid)};
        Services.prefs.setStringPref(key, JSON.stringify(uuids));
        globalThis.__extension = {
          prefix: ${JSON.stringify(`moz-extension://${uuid}/`)},
          addOn: ${JSON.stringify(`add-on ${geckoId}`)},
        };
        globalThis.__extensionProblems = [];
      })()`);
      const installedAt = Date.now();
      const installed = await browser.installExtension(EXTENSION_DIR);
      if (installed !== geckoId) throw new Error(`Installed as ${installed}, expected ${geckoId}`);
      // Headless Firefox turns idle 60 s after the last input; count from now instead.
      await chrome(idleSince(0));
      return driveExtension({ browser, geckoId, uuid, installedAt, chrome, consoleLines });
    },
    close: () => browser.close(),
  };
}

function driveExtension({ browser, geckoId, uuid, installedAt, chrome, consoleLines }) {
  const pages = [];
  return {
    uuid,
    /** Date.now() just before the install began. */
    installedAt,
    /** Opens popup.html, options.html... in a new tab and waits until it has loaded. */
    async openPage(name) {
      const page = await browser.newPage();
      pages.push(page);
      // A page's name (`popup`), or a path with its own query or fragment (`popup.html#s-pigeon`).
      const url = `moz-extension://${uuid}/${name.includes('.html') ? name : `${name}.html`}`;
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
    /** Clicks every notification on screen, as a user does. Returns how many there were. */
    clickNotifications: () =>
      chrome(`(() => {
        const alerts = [...Services.wm.getEnumerator('alert:alert')];
        for (const alert of alerts) alert.document.getElementById('alertBox').click();
        return alerts.length;
      })()`),
    /** Every warning and error the extension caused since it was installed. */
    async consoleProblems() {
      const reported = JSON.parse(await chrome('JSON.stringify(globalThis.__extensionProblems)'));
      return [...consoleLines, ...reported];
    },
    /** Closes its pages and removes the extension with everything it stored. */
    async uninstall() {
      for (const page of pages) await page.close().catch(() => {});
      await browser.uninstallExtension(geckoId);
    },
  };
}

/**
 * The hooks of a test file: one Firefox for the file, a fresh install for every test (tests share
 * no state and pass alone or in any order), and after each test, unless `quietConsole` is off,
 * the check that the extension logged no warning or error. `current.ext` is the test's install.
 */
export function firefoxPerFile({ quietConsole = true } = {}) {
  const current = { firefox: null, ext: null };
  before(async () => {
    current.firefox = await launchFirefox();
  });
  beforeEach(async () => {
    current.ext = await current.firefox.install();
  });
  afterEach(async () => {
    const problems = await current.ext?.consoleProblems();
    await current.ext?.uninstall();
    current.ext = null;
    if (quietConsole) assert.deepEqual(problems, [], 'the extension logged no warning or error');
  });
  after(async () => current.firefox?.close());
  return current;
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
