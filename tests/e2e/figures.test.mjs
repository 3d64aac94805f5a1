// The figures in real Chromium: one in the library list for every entry that has a pose file, each
// an image with a name, and the second side of a guided stretch drawn as the mirror of the first.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { afterEach, beforeEach } from 'node:test';
import { launchExtension } from './harness.mjs';
import { POPUP, readLocal, seedSettings, waitFor } from './helpers.mjs';
import { describeInOrder } from './order.mjs';

const FIGURE_IDS = readdirSync('figures/poses')
  .filter((name) => name.endsWith('.ts'))
  .map((name) => name.replace(/\.ts$/, ''));
/** A two-sided hold with a figure; every other entry is switched off so the picker offers it. */
const TWO_SIDED = 'seated-figure-4';

/**
 * Where each drawn shape of the figure in `selector` is on screen, relative to the picture's own
 * box: its left, right, top and bottom, from the browser's layout of the SVG (transforms included).
 */
const shapeBoxes = (page, selector) =>
  page.locator(selector).evaluate((svg) => {
    const frame = svg.getBoundingClientRect();
    return [...svg.querySelectorAll('g path')].map((path) => {
      const box = path.getBoundingClientRect();
      return [
        box.left - frame.left,
        box.right - frame.left,
        box.top - frame.top,
        box.bottom - frame.top,
        frame.width,
      ];
    });
  });

describeInOrder('the figures in Chromium', (test) => {
  let ext;
  beforeEach(async () => {
    ext = await launchExtension();
  });
  afterEach(async () => ext?.close());

  test('the library list shows a named picture for every entry with a figure', async () => {
    assert.ok(FIGURE_IDS.length > 0);
    const page = await ext.openPage('options');
    await page.getByRole('heading', { name: 'Stand Up & Stretch settings' }).waitFor();
    const pictures = page.locator('.library-entry [data-figure] svg[role="img"]');
    for (const id of FIGURE_IDS) {
      const figure = page.locator(`.library-entry [data-figure="${id}"]`);
      // The list draws a figure as it is scrolled near.
      await figure.scrollIntoViewIfNeeded();
      await figure.locator('svg[role="img"]').waitFor();
      // The accessible name as Chromium's accessibility tree computes it.
      const snapshot = await figure.locator('svg').ariaSnapshot();
      // YAML: `- img "name"`, quoted as a whole when the name holds a colon.
      const line = (snapshot.split('\n')[0] ?? '').replace(/^- '?/, '').replace(/'$/, '');
      const name = /^img \\?"(.*?)\\?"$/.exec(line)?.[1] ?? '';
      assert.ok(name.length > 20, `${id}: an image with a name (got ${JSON.stringify(snapshot)})`);
    }
    assert.equal(await pictures.count(), FIGURE_IDS.length, 'one picture per entry with a figure');
  });

  test('in a guided session the figure for side two is the mirror of side one', async () => {
    const worker = await ext.worker();
    const library = await worker.evaluate(async () => (await fetch('/library.json')).json());
    await seedSettings(worker, {
      holdSeconds: 15,
      switchSeconds: 3,
      kinds: ['stretch'],
      excluded: library.map((entry) => entry.id).filter((id) => id !== TWO_SIDED),
    });
    const page = await ext.openPage('popup', POPUP);
    // Still figures: what is compared is the pose, not a frame of the movement into it.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await waitFor('the two-sided stretch on offer', async () => {
      const { suggestion } = await readLocal(worker);
      if (suggestion?.stretch.id === TWO_SIDED) return true;
      await page.getByRole('button', { name: 'Another one' }).click();
      return false;
    });
    const svg = `.stretch [data-figure="${TWO_SIDED}"] svg[role="img"]`;
    await page.locator(svg).waitFor();
    await page.getByRole('button', { name: 'Start stretch' }).click();
    await page.getByTestId('phase-title').filter({ hasText: 'Right side' }).waitFor();
    await page.locator(`${svg}[data-side="1"]`).waitFor();
    const one = await shapeBoxes(page, svg);
    const nameOne = await page.locator(svg).getAttribute('aria-label');

    await page
      .getByTestId('phase-title')
      .filter({ hasText: 'Left side' })
      .waitFor({ timeout: 30_000 });
    await page.locator(`${svg}[data-side="2"]`).waitFor();
    const two = await shapeBoxes(page, svg);
    const nameTwo = await page.locator(svg).getAttribute('aria-label');

    assert.ok(one.length > 10, 'the figure has its shapes');
    assert.equal(two.length, one.length);
    let asymmetric = 0;
    one.forEach(([left, right, top, bottom, width], i) => {
      const [left2, right2, top2, bottom2] = two[i];
      // Mirrored about the picture's middle: side two's left edge is side one's right edge flipped.
      assert.ok(
        Math.abs(left2 - (width - right)) < 0.6,
        `shape ${i}: left ${left2} vs ${width - right}`,
      );
      assert.ok(
        Math.abs(right2 - (width - left)) < 0.6,
        `shape ${i}: right ${right2} vs ${width - left}`,
      );
      assert.ok(
        Math.abs(top2 - top) < 0.6 && Math.abs(bottom2 - bottom) < 0.6,
        `shape ${i}: same height`,
      );
      if (Math.abs(left2 - left) > 2) asymmetric++;
    });
    assert.ok(asymmetric > 5, 'the pose is not symmetric, so the mirror shows');
    assert.match(nameOne, /right/);
    assert.equal(
      nameTwo,
      nameOne.replace(/\b(right|left)\b/g, (word) => (word === 'right' ? 'left' : 'right')),
      'the description names the other side',
    );
    await page.close();
  });
});
