import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { accessibilityViolations, launchExtension } from './harness.mjs';
import { offerTwoSidedHold, readLocal, seedSchedule, seedSettings, waitFor } from './helpers.mjs';
import { describeInOrder } from './order.mjs';

// Chrome cuts a toolbar popup at 600 px: every state's main control, and the answer to the last
// action, must be on screen without scrolling at the narrowest popup width. One browser for the
// file; each state is seeded through storage rather than waited for.
const SMALL = { width: 360, height: 600 };

/** Fails unless the element is wholly inside the 600-px viewport (no scrolling needed). */
async function assertVisible(locator, what) {
  await locator.waitFor();
  const box = await locator.boundingBox();
  assert.ok(box, `${what} has a box`);
  assert.ok(box.y >= 0 && box.y + box.height <= SMALL.height, `${what} at y=${box.y} is cut off`);
  assert.ok(box.x >= 0 && box.x + box.width <= SMALL.width, `${what} at x=${box.x} is cut off`);
}

/** A session stored as the background stores one: `phaseIndex` current since `sinceMs` ago. */
const seedSession = (worker, { plan, phaseIndex = 0, sinceMs = 0, strengthening = false }) =>
  worker.evaluate(
    async ({ plan, phaseIndex, sinceMs, strengthening }) => {
      const { suggestion } = await chrome.storage.local.get('suggestion');
      const now = Date.now();
      const session = {
        stretchId: suggestion.stretch.id,
        strengthening,
        plan,
        startedAt: now - sinceMs,
        phaseIndex,
        phaseStartedAt: now - sinceMs,
        pausedAt: null,
        finishedAt: null,
      };
      await chrome.storage.local.set({ 'guided-session': session });
    },
    { plan, phaseIndex, sinceMs, strengthening },
  );

const SETS = [
  { kind: 'set', set: 1, sets: 2, reps: 10, side: null },
  { kind: 'rest', seconds: 60 },
  { kind: 'set', set: 2, sets: 2, reps: 10, side: null },
];

describeInOrder('the popup fits 360 x 600, and strength sets end as the user says', (test) => {
  let ext;
  let worker;
  let page;
  before(async () => {
    ext = await launchExtension();
    worker = await ext.worker();
    await seedSettings(worker, { holdSeconds: 15, switchSeconds: 3, kinds: ['stretch'] });
    page = await ext.openPage('popup', SMALL);
    await page.getByRole('heading', { level: 2 }).waitFor();
  });
  after(async () => ext?.close());

  const button = (name) => page.getByRole('button', { name, exact: true });

  test('the header is one line: the title does not wrap beside Stretches and Settings', async () => {
    const rows = await page.locator('header').evaluate((header) => {
      const lines = (el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      };
      const middle = (el) => {
        const box = el.getBoundingClientRect();
        return Math.round(box.top + box.height / 2);
      };
      const parts = [...header.children];
      return {
        titleLines: lines(header.querySelector('h1')),
        titleCut: header.querySelector('h1').scrollWidth - header.querySelector('h1').clientWidth,
        middles: parts.map(middle),
        right: Math.max(...parts.map((el) => el.getBoundingClientRect().right)),
      };
    });
    assert.equal(rows.titleLines, 1, 'the title takes one line');
    assert.ok(rows.titleCut <= 0, `the title is whole, not cut short by ${rows.titleCut} px`);
    const spread = Math.max(...rows.middles) - Math.min(...rows.middles);
    assert.ok(spread <= 4, `icon, title and links on one row: ${rows.middles.join(', ')}`);
    assert.ok(rows.right <= SMALL.width, `the header fits: right edge at ${rows.right}`);
  });

  test('idle: Start, Snooze, Skip and Pause are on screen, and so is what Snooze answered', async () => {
    for (const name of ['Start stretch', 'Another one', 'Skip this break']) {
      await assertVisible(button(name), name);
    }
    await assertVisible(page.getByText('Pause reminders', { exact: true }), 'Pause reminders');
    await button('Snooze 5 min').click();
    await assertVisible(page.locator('.answer').getByText('Snoozed for 5 min.'), 'the answer');
    await button('Skip this break').click();
    await assertVisible(page.locator('.answer').getByText('Break skipped.'), 'the answer');
    assert.deepEqual(await accessibilityViolations(page), []);
  });

  test('paused reminders: Resume is on screen with the answer', async () => {
    await page.getByText('Pause reminders', { exact: true }).click();
    await button('Pause reminders: 1 hour').click();
    await assertVisible(button('Resume reminders'), 'Resume reminders');
    await assertVisible(page.locator('.answer').getByText('Reminders paused.'), 'the answer');
    await button('Resume reminders').click();
    await assertVisible(page.locator('.answer').getByText('Reminders resumed.'), 'the answer');
  });

  test('a running hold, its pause and the side switch keep their controls on screen', async () => {
    // A hold (the pick may offer a warm-up that counts reps, whose panel has no Pause).
    await offerTwoSidedHold(page);
    await button('Start stretch').click();
    await assertVisible(button('Pause'), 'Pause');
    await assertVisible(button('Done'), 'Done');
    // What is happening now, not "Time for a break".
    await assertVisible(page.getByText('On a break now:'), 'the status line');
    await button('Pause').click();
    await assertVisible(button('Resume'), 'Resume');
    await seedSession(worker, {
      plan: [
        { kind: 'hold', side: 1, seconds: 15 },
        { kind: 'switch', seconds: 30 },
        { kind: 'hold', side: 2, seconds: 15 },
      ],
      phaseIndex: 1,
    });
    await page.getByTestId('phase-title').filter({ hasText: 'Switch sides' }).waitFor();
    await assertVisible(button('Pause'), 'Pause during the switch');
    await button('Done').click();
    await assertVisible(button('Close'), 'Close after Done');
    assert.deepEqual(await accessibilityViolations(page), []);
    await button('Close').click();
  });

  test('strength: Finish set leads to a rest countdown; End early counts a partial break and starts no rest', async () => {
    await seedSession(worker, { plan: SETS, strengthening: true });
    await assertVisible(button('Finish set'), 'Finish set');
    await assertVisible(button('End early'), 'End early');
    assert.equal(await button('Done').count(), 0, 'no Done beside a set');
    await button('Finish set').click();
    await page.getByTestId('phase-title').filter({ hasText: 'Rest' }).waitFor();
    await assertVisible(page.getByRole('timer'), 'the rest countdown');
    await assertVisible(button('End early'), 'End early during the rest');
    await button('End early').click();
    await assertVisible(page.locator('.finished .phase-detail'), 'the answer to End early');
    assert.match(
      await page.locator('.finished .phase-detail').textContent(),
      /ended early; no 48-hour rest starts/,
    );
    const stored = await waitFor('the partial break in the history', async () => {
      const local = await readLocal(worker);
      return local.history.some((entry) => entry.partial) && local;
    });
    assert.equal(stored['last-strength'] ?? null, null, 'no 48-hour rest after ending early');
    await button('Close').click();
  });

  test('strength: Finish set on the last set completes it and starts the 48-hour rest', async () => {
    await seedSession(worker, { plan: SETS, phaseIndex: 2, strengthening: true });
    await button('Finish set').click();
    await assertVisible(button('Close'), 'Close');
    assert.match(await page.locator('.finished .phase-detail').textContent(), /rest 48 hours/);
    await waitFor('the strength rest to start', async () => {
      const local = await readLocal(worker);
      return typeof local['last-strength'] === 'number';
    });
    // The day's line says what the break was: not "1 stretch" after a strength set.
    const name = await page.getByRole('heading', { level: 2 }).textContent();
    const today = await page.locator('.today').textContent();
    assert.ok(today.includes(`(last: ${name})`), `${today} names ${name}`);
    await button('Close').click();
  });

  test('the break page: Start, Snooze and Skip are on screen', async () => {
    await seedSchedule(worker, { sittingMs: 34 * 60_000 });
    await worker.evaluate(async () => {
      const now = Date.now();
      const { schedule } = await chrome.storage.local.get('schedule');
      const reminder = { phase: 'showing', dueSince: now - 240_000, shownAt: now, attempt: 1 };
      await chrome.storage.local.set({ schedule: { ...schedule, reminder } });
    });
    const breakPage = await ext.context.newPage();
    await breakPage.setViewportSize(SMALL);
    await breakPage.goto(`chrome-extension://${ext.extensionId}/popup.html?view=break`);
    await breakPage.getByRole('heading', { name: 'Time to stand up' }).waitFor();
    for (const name of ['Start stretch', 'Snooze 5 min', 'Skip this break']) {
      const control = breakPage.getByRole('button', { name, exact: true });
      await control.waitFor();
      const box = await control.boundingBox();
      assert.ok(box && box.y + box.height <= SMALL.height, `${name} is cut off on the break page`);
    }
    await breakPage.close();
  });

  test('a routine chosen in the options runs its entries in order, "Step n of m" being its step', async () => {
    const options = await ext.openPage('options');
    const desk = options.getByRole('radio', { name: /^Desk hips, about \d+ min/ });
    await desk.check();
    const stored = await waitFor('the routine to be stored', async () => {
      const local = await readLocal(worker);
      return local['break-routine']?.routineId === 'desk-hips' && local['break-routine'];
    });
    assert.deepEqual(await accessibilityViolations(options), []);
    const [first, second] = stored.steps.map((step) => step.name);

    await button('Start stretch').click();
    await assertVisible(page.getByText(`Step 1 of 2: ${first}`), 'the routine step');
    assert.equal(await page.getByRole('heading', { level: 2 }).textContent(), first);
    // On to the second entry as if 45 s had passed (15 s holds, a 3 s switch, a 10 s pause).
    await worker.evaluate(async () => {
      const { 'guided-session': session } = await chrome.storage.local.get('guided-session');
      const back = {
        startedAt: session.startedAt - 45_000,
        phaseStartedAt: session.phaseStartedAt - 45_000,
      };
      await chrome.storage.local.set({ 'guided-session': { ...session, ...back } });
    });
    await assertVisible(page.getByText(`Step 2 of 2: ${second}`), 'the second step');
    assert.equal(await page.getByRole('heading', { level: 2 }).textContent(), second);
    await button('Done').click();
    await assertVisible(button('Close'), 'Close');
    assert.match(await page.locator('.today').textContent(), /\(last: Desk hips\)/);
    await button('Close').click();

    await options.getByRole('radio', { name: /^One stretch/ }).check();
    await waitFor(
      'the routine to be dropped',
      async () => !(await readLocal(worker))['break-routine'],
    );
    await options.close();
  });
});
