// Real Chromium for the bench: our built extension (a private copy of the build, so a rebuild in
// the shared tree cannot swap files mid-run) next to a blank extension used as the baseline.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { access, cp, mkdir, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../scripts/find-browser.mjs';

export { killServiceWorker } from '../tests/e2e/harness.mjs';

import { closeWelcomePage, launchWithExtensions } from '../tests/e2e/harness.mjs';

/** A temporary folder for one bench run; `remove()` deletes it. */
export async function benchTempDir() {
  const dir = await realpath(await mkdtemp(join(tmpdir(), 'stretch-bench-')));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Copies the build into `dir` and returns the copy's path. Others may rebuild the shared tree at
 * any moment: a copy missing a file its manifest or pages name is taken again.
 */
export async function snapshotBuild(buildDir, dir) {
  const copy = join(dir, 'chrome-mv3');
  for (let attempt = 1; ; attempt++) {
    await rm(copy, { recursive: true, force: true });
    await cp(buildDir, copy, { recursive: true });
    const missing = await missingFiles(copy);
    if (missing.length === 0) return copy;
    if (missing.includes('manifest.json') && attempt === 1 && !(await hasManifest(buildDir))) {
      throw new Error(`No build in ${buildDir}: run \`npm run build\` (or drop --no-build).`);
    }
    if (attempt === 10)
      throw new Error(`The build in ${buildDir} is incomplete: ${missing.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

const hasManifest = (buildDir) =>
  access(join(buildDir, 'manifest.json')).then(
    () => true,
    () => false,
  );

async function missingFiles(buildDir) {
  const exists = (file) =>
    access(join(buildDir, file)).then(
      () => true,
      () => false,
    );
  if (!(await exists('manifest.json'))) return ['manifest.json'];
  const manifest = JSON.parse(await readFile(join(buildDir, 'manifest.json'), 'utf8'));
  const pages = [manifest.action?.default_popup, manifest.options_ui?.page].filter(Boolean);
  const wanted = [manifest.background?.service_worker, ...pages].filter(Boolean);
  for (const page of pages) {
    if (!(await exists(page))) continue;
    const html = await readFile(join(buildDir, page), 'utf8');
    for (const [, ref] of html.matchAll(/(?:src|href)="\/([^"]+)"/g)) wanted.push(ref);
  }
  const missing = [];
  for (const file of wanted) if (!(await exists(file))) missing.push(file);
  return missing;
}

/** A minimal MV3 extension with one blank page holding a line of text, the baseline for page speed. */
export async function makeBlankExtension(dir) {
  const blank = join(dir, 'blank-extension');
  await mkdir(blank, { recursive: true });
  // An empty service worker too, so its pages get the same warm extension process as ours.
  const manifest = {
    manifest_version: 3,
    name: 'Blank page (bench baseline)',
    version: '1.0.0',
    background: { service_worker: 'background.js' },
  };
  await writeFile(join(blank, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(blank, 'background.js'), '// Intentionally empty.\n');
  await writeFile(
    join(blank, 'blank.html'),
    '<!doctype html>\n<html lang="en"><head><meta charset="UTF-8"><title>Blank</title></head>' +
      '<body><p id="blank-text">A blank extension page.</p></body></html>\n',
  );
  return blank;
}

/** Chromium's id for an unpacked extension: sha256 of its absolute path, first 16 bytes as a-p. */
export function unpackedExtensionId(absolutePath) {
  const hex = createHash('sha256').update(absolutePath).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

/** The Chromium binary and what `--version` says about it. */
export function chromiumVersion() {
  const path = findChromium();
  const version = execFileSync(path, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return { path, version: version.trim() };
}

/**
 * Starts headless Chromium with the given unpacked extensions (the first one is ours and must
 * have a service worker) in a fresh profile under `dir`.
 */
export async function launchBench({ dir, extensionDir, blankDir }) {
  const profile = await mkdtemp(join(dir, 'profile-'));
  const context = await launchWithExtensions(profile, [extensionDir, blankDir].filter(Boolean));
  const origin = `chrome-extension://${unpackedExtensionId(extensionDir)}/`;
  const worker = async () =>
    context.serviceWorkers().find((w) => w.url().startsWith(origin)) ??
    context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith(origin),
      timeout: 15_000,
    });
  await worker();
  // The welcome page our extension opens on install is not part of any figure measured here.
  await closeWelcomePage(context);
  return {
    context,
    extensionId: unpackedExtensionId(extensionDir),
    blankId: blankDir ? unpackedExtensionId(blankDir) : null,
    worker,
    url: (path) => `${origin}${path}`,
    blankUrl: (path) => `chrome-extension://${unpackedExtensionId(blankDir)}/${path}`,
    /** A tab on one of our pages (the popup opens as a tab: same document, same code). */
    async openPage(path, viewport) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(`${origin}${path}`);
      return page;
    },
    async close() {
      await context.close();
    },
  };
}

/**
 * A raw DevTools session on our service worker, opened through a page's session
 * (Target.attachToTarget without flattening, messages through Target.sendMessageToTarget).
 */
export async function attachToWorker(context, page, extensionId) {
  const cdp = await context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
  );
  if (!target) throw new Error('The service worker is not running');
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  });
  let nextId = 1;
  const pending = new Map();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message);
    const waiter = pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.error) waiter.reject(new Error(`${waiter.method}: ${message.error.message}`));
    else waiter.resolve(message.result);
  });
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject, method });
      cdp
        .send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method, params }),
        })
        .catch(reject);
    });
  return {
    targetId: target.targetId,
    send,
    /** Evaluates an expression (awaiting a promise) in the worker and returns its JSON value. */
    async evaluate(expression) {
      const { result, exceptionDetails } = await send('Runtime.evaluate', {
        expression,
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails) {
        throw new Error(
          `In the service worker: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`,
        );
      }
      return result.value;
    },
    async detach() {
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
      await cdp.detach().catch(() => {});
    },
  };
}

/** Used and total JS heap of the worker after a full garbage collection. */
export async function heapAfterGc(session) {
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  return session.send('Runtime.getHeapUsage');
}
