// Wake-ups, two ways:
// - simulated: the real scheduler (core/scheduler, bundled from the TypeScript sources with Vite)
//   driven through whole hours by the alarm loop the unit tests use (tests/unit/.../run-scenario.ts
//   `simulate`: the alarm fires exactly when the last set-alarm asked). Counts every event the
//   background would handle in the hour.
// - real: the built extension in Chromium for a real window of minutes, watched from an extension
//   page (alarms.getAll polled every 500 ms: each alarm that came due and went is one wake; and
//   every write of the schedule state), scaled to an hour.

import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fireAlarm } from '../tests/e2e/helpers.mjs';
import { sleep } from './stats.mjs';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Bundles the scheduler and the unit tests' simulation helper into `dir` and imports it. */
async function loadSimulator(dir) {
  const { build } = await import('vite');
  const root = resolve('.');
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    publicDir: false,
    resolve: { alias: { '@': root } },
    ssr: { noExternal: true },
    build: {
      ssr: join(root, 'tests/unit/core/scheduler/run-scenario.ts'),
      outDir: join(dir, 'simulator'),
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'simulator.mjs' } },
    },
  });
  return import(pathToFileURL(join(dir, 'simulator', 'simulator.mjs')).href);
}

/**
 * Simulated hours with default settings (30 min interval, working hours off), on a Monday:
 * active from 09:00 so the measured hour 10:00-11:00 starts in a steady state.
 */
export async function simulateWakeups(dir) {
  const sim = await loadSimulator(dir);
  const { ev, monday, simulate } = sim;
  const from = monday(10);
  const to = from + HOUR;
  const inHour = (log, exclude = []) =>
    log.filter((l) => l.at >= from && l.at < to && !exclude.includes(l.event));

  // 1. Active all hour, every reminder left unanswered (repeats, then counted missed).
  const ignored = simulate({ start: monday(9), until: to });
  const activeIgnored = inHour(ignored.log);

  // 2. Active all hour, answering each reminder: "Start stretch" after 20 s, done 2 min later.
  const answered = simulate({
    start: monday(9),
    until: to,
    respond: (effect, at) =>
      effect.type === 'notify'
        ? [
            [at + 20_000, ev.start()],
            [at + 140_000, ev.done()],
          ]
        : [],
  });
  const activeAnswered = inHour(answered.log);
  const userEvents = activeAnswered.filter((l) => l.event.type !== 'alarm').length;

  // 3-5. Away (idle, locked) or paused (for 1 hour) from 10:00: the state change is the only event.
  const away = (event) => {
    const run = simulate({ start: monday(9), until: to + MINUTE, events: [[from, event]] });
    const after = run.log.filter((l) => l.at >= to && l.at <= to + MINUTE && l.event !== event);
    return { count: inHour(run.log, [event]).length, atEnd: after.length };
  };
  return {
    method: 'simulated',
    activeIgnored: activeIgnored.length,
    activeAnswered: activeAnswered.length - userEvents,
    userEvents,
    idle: away(ev.idle()),
    locked: away(ev.locked()),
    paused: away(ev.pause('hour-1')),
  };
}

/** Runs in an extension page: notes every alarm that comes due and goes, and every schedule write. */
function watchWakes() {
  const watch = { fired: [], writes: [] };
  Object.defineProperty(window, '__benchWakes', { value: watch });
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes.schedule) watch.writes.push(Date.now());
  });
  let last = new Map();
  setInterval(async () => {
    const now = Date.now();
    const current = new Map((await chrome.alarms.getAll()).map((a) => [a.name, a.scheduledTime]));
    for (const [name, at] of last) {
      if (current.get(name) !== at && at <= now) watch.fired.push({ name, at });
    }
    last = current;
  }, 500);
}

/** Counts wakes in [from, to) seen by the watcher page. */
async function countWakes(page, from, to) {
  const { fired, writes } = await page.evaluate(() => /** @type {any} */ (window).__benchWakes);
  return {
    alarms: fired.filter((f) => f.at >= from && f.at < to).length,
    writes: writes.filter((t) => t >= from && t < to).length,
  };
}

/** A real window of `minutes` while Chromium reports the user active (headless: always active). */
export async function realActiveWakeups(bench, { minutes }) {
  const page = await bench.openPage('options.html');
  try {
    await page.evaluate(watchWakes);
    await sleep(2_000);
    const from = Date.now();
    await sleep(minutes * MINUTE);
    const counted = await countWakes(page, from, from + minutes * MINUTE);
    return { method: 'real', minutes, ...counted };
  } finally {
    await page.close();
  }
}

/**
 * Real windows of `minutes` each after the background is told the user went idle, locked the
 * screen, or paused reminders for an hour (the state change itself is not counted).
 */
export async function realAwayWakeups(bench, { minutes }) {
  const page = await bench.openPage('options.html');
  const results = {};
  const message = (type, data) =>
    page.evaluate(([type, data]) => chrome.runtime.sendMessage({ type, data }), [type, data]);
  const idle = async (state) =>
    (await bench.worker()).evaluate((state) => chrome.idle.onStateChanged.dispatch(state), state);
  const states = [
    ['idle', () => idle('idle'), () => idle('active')],
    ['locked', () => idle('locked'), () => idle('active')],
    [
      'paused',
      () => message('schedule', { type: 'pause', until: 'hour-1' }),
      () => message('schedule', { type: 'resume' }),
    ],
  ];
  try {
    await page.evaluate(watchWakes);
    for (const [name, enter, leave] of states) {
      await enter();
      await sleep(2_000);
      const from = Date.now();
      await sleep(minutes * MINUTE);
      results[name] = { ...(await countWakes(page, from, from + minutes * MINUTE)) };
      await leave();
      await fireAlarm(await bench.worker(), 'schedule');
      await sleep(1_000);
    }
    return { method: 'real', minutes, ...results };
  } finally {
    await page.close();
  }
}
