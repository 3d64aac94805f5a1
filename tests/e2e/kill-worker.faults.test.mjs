// The service worker stopped in real Chromium between saving a change with the effects it owes
// (one storage write: state, history part, outbox) and running them, or just after running the
// notification. The test build holds the worker at the fault point (background/test-fault-points.ts);
// the test stops it there through the DevTools protocol, starts it again as an event would, and
// checks that the owed notification is shown and the break counted, each exactly once.
import assert from 'node:assert/strict';
import { after, afterEach, beforeEach } from 'node:test';
import { recordFaultFigures } from '../fault-figures.mjs';
import { killServiceWorker, launchExtension, startServiceWorker } from './harness.mjs';
import { fireAlarm, readLocal, seedSchedule, waitFor } from './helpers.mjs';
import { describeInOrder } from './order.mjs';

const MINUTE = 60_000;
const figures = { killPoints: 0, lost: 0, doubled: 0, reshownInPlace: 0 };

/** Every notification the test build has shown since the browser started, across workers. */
const journal = (worker) =>
  worker.evaluate(
    async () =>
      (await chrome.storage.session.get('test-notifications-shown'))['test-notifications-shown'] ??
      [],
  );

/**
 * Arms the fault point, has `provoke` cause the change (again, while the worker has not held: a
 * worker still starting may save over a seed), and returns what storage and the journal held at
 * the hold. Then stops the worker, starts a new one and waits until it has run the outbox.
 */
async function stopAndRestart(ext, point, effect, provoke) {
  const before = await ext.worker();
  await before.evaluate(
    ({ point, effect }) => {
      self.__stretchFault = { point, effect };
    },
    { point, effect },
  );
  const isHeld = () => before.evaluate(() => (self.__stretchFaultHeld === undefined ? null : true));
  await waitFor(
    `the worker held at ${point} owing ${effect}`,
    async () => {
      if (!(await isHeld())) await provoke(before);
      return waitFor('the hold', isHeld, 5_000).catch(() => null);
    },
    30_000,
  );
  const atHold = { local: await readLocal(before), journal: await journal(before) };

  const page = await ext.context.newPage();
  assert.equal(await killServiceWorker(ext.context, page), 1, 'one worker stopped');
  await waitFor('the stopped worker to be gone', async () => !(await hasWorker(ext, page)));
  await page.close();
  const worker = await startServiceWorker(ext.context, ext.extensionId);
  await waitFor('the new worker to run what was owed', async () => {
    const stored = await worker
      .evaluate(() => chrome.storage.local.get('outbox'))
      .catch(() => ({}));
    return Array.isArray(stored.outbox) && stored.outbox.length === 0;
  });
  assert.equal(await worker.evaluate(() => self.__stretchFaultHeld ?? null), null, 'a new worker');
  figures.killPoints++;
  return { atHold, worker };
}

/** Whether the browser runs a service worker (Playwright's own list lags behind a stop). */
async function hasWorker(ext, page) {
  const cdp = await ext.context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  await cdp.detach();
  return targetInfos.some((target) => target.type === 'service_worker');
}

const POINTS = ['committed', 'ran-effect'];

/** A clean slate for one stop: no notifications journaled, no history, no guided stretch. */
const startRun = (worker) =>
  worker.evaluate(async () => {
    await chrome.storage.session.clear();
    const keys = Object.keys(await chrome.storage.local.get());
    await chrome.storage.local.remove([
      'guided-session',
      ...keys.filter((key) => key.startsWith('history-')),
    ]);
  });

const owes = (local, effect) => local.outbox.some((owed) => owed.effect.type === effect);

/** Counts the shows of `id` for the figures, then checks them: once, or replayed in place. */
function checkShownOnce(shows, id, point) {
  const ofId = shows.filter((shown) => shown.id === id);
  const expected = point === 'committed' ? 1 : 2;
  if (ofId.length === 0) figures.lost++;
  if (ofId.length > expected) figures.doubled += ofId.length - expected;
  if (point === 'ran-effect' && ofId.length === 2) figures.reshownInPlace++;
  if (point === 'committed') {
    assert.equal(ofId.length, 1, `${id} shown exactly once`);
  } else {
    // Shown before the stop; the new worker's replay re-shows the same notification, by its id.
    assert.equal(ofId.length, 2, `${id} shown, then replayed in place`);
    assert.equal(ofId[1].title, ofId[0].title, 'the replay is the same notification');
  }
  assert.deepEqual(
    [...new Set(shows.map((shown) => shown.id))],
    [id],
    'no other notification was shown',
  );
}

describeInOrder('the worker stopped between saving and notifying (test build)', (test) => {
  let ext;
  beforeEach(async () => {
    ext = await launchExtension({ build: 'faults' });
  });
  afterEach(async () => ext?.close());
  after(() =>
    recordFaultFigures('e2e-kill-worker', {
      tried: { killPoints: figures.killPoints },
      lost: figures.lost,
      doubled: figures.doubled,
      notes: { reshownInPlace: figures.reshownInPlace },
    }),
  );

  // Each test stops the worker at both points in turn, in one browser: a launch costs more than a stop.
  test('shows a due reminder exactly once when the worker stops before or after notifying', async () => {
    for (const point of POINTS) {
      await startRun(await ext.worker());
      const { atHold, worker } = await stopAndRestart(ext, point, 'notify', async (w) => {
        await seedSchedule(w, { sittingMs: 31 * MINUTE, intervalMs: 30 * MINUTE + 2000 });
        await fireAlarm(w, 'schedule');
      });
      assert.equal(atHold.local.schedule.reminder.phase, 'showing', 'the state was saved');
      assert.ok(owes(atHold.local, 'notify'), 'the notification was owed in the outbox');
      assert.equal(atHold.journal.length, point === 'committed' ? 0 : 1);

      const { schedule, history } = await readLocal(worker);
      checkShownOnce(await journal(worker), 'stretch-break', point);
      assert.equal(schedule.reminder.phase, 'showing');
      assert.equal(schedule.reminder.shownAt, atHold.local.schedule.reminder.shownAt);
      assert.deepEqual(history, atHold.local.history, 'a reminder records nothing');
    }
  });

  test('counts a stretch that ran out once, and says so once, when the worker stops before or after notifying', async () => {
    for (const point of POINTS) {
      await startRun(await ext.worker());
      const { atHold, worker } = await stopAndRestart(ext, point, 'cue', async (w) => {
        await w.evaluate(async () => {
          const library = await (await fetch(chrome.runtime.getURL('library.json'))).json();
          const started = Date.now() - 2 * 60_000;
          const plan = [{ kind: 'hold', seconds: 30, side: null }];
          const session = { stretchId: library[0].id, plan, startedAt: started, phaseIndex: 0 };
          Object.assign(session, { phaseStartedAt: started, pausedAt: null, finishedAt: null });
          await chrome.storage.local.set({ 'guided-session': session });
        });
        await fireAlarm(w, 'guided-session-end');
      });
      const counted = (history) => history.filter((entry) => entry.kind === 'stretched');
      assert.equal(counted(atHold.local.history).length, 1, 'the break was saved with the state');
      assert.ok(owes(atHold.local, 'cue'), 'the notification was owed in the outbox');

      const { history, 'guided-session': session } = await readLocal(worker);
      checkShownOnce(await journal(worker), 'stretch-done', point);
      const breaks = counted(history);
      if (breaks.length === 0) figures.lost++;
      if (breaks.length > 1) figures.doubled += breaks.length - 1;
      assert.deepEqual(breaks, counted(atHold.local.history), 'the break counted exactly once');
      assert.notEqual(session.finishedAt, null, 'the session is over');
    }
  });
});
