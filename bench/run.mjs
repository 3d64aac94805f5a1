// `npm run bench`: builds the extension, runs it in real Chromium and prints one table of figures
// with their budgets, then the background's bytes per module. Options: --check (exit 1 when a
// figure is over budget), --quick (shorter runs for development; writes no files), --no-build
// (use the build already in .output/; the module table needs one made with SOURCEMAP=1).
// Full runs write docs/benchmark.md and the README's Performance section.

import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import {
  benchTempDir,
  chromiumVersion,
  launchBench,
  makeBlankExtension,
  snapshotBuild,
} from './browser.mjs';
import { measureGrowth } from './growth.mjs';
import { measureHeap } from './heap.mjs';
import { backgroundModules, MODULE_NOTE, moduleTables } from './module-table.mjs';
import { benchNotes } from './notes.mjs';
import { measurePopupSpeed } from './popup-speed.mjs';
import { measureProgress } from './progress.mjs';
import { buildRows } from './rows.mjs';
import { measureSizes } from './sizes.mjs';
import { headerLines, markdownTable, status, updateReadme, writeBenchmarkDoc } from './table.mjs';
import { measureTimeliness } from './timeliness.mjs';
import { realActiveWakeups, realAwayWakeups, simulateWakeups } from './wakeups.mjs';

const args = new Set(process.argv.slice(2));
if (args.has('--help')) {
  console.log('Usage: npm run bench [-- --check] [-- --quick] [-- --no-build]');
  process.exit(0);
}
const check = args.has('--check');
const quick = args.has('--quick');
const SETTINGS = quick
  ? { opens: 10, rounds: 3, activeMinutes: 2, awayMinutes: 0.5, growthOpens: 5 }
  : { opens: 30, rounds: 10, activeMinutes: 7.5, awayMinutes: 2.5, growthOpens: 9 };

const started = Date.now();
const log = (line) => console.log(line);
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

function run(command, commandArgs, env = {}) {
  const shown = Object.entries(env).map(([k, v]) => `${k}=${v} `);
  log(`$ ${shown.join('')}${command} ${commandArgs.join(' ')}`);
  const result = spawnSync(command, commandArgs, {
    encoding: 'utf8',
    shell: false,
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    throw new Error(`${command} ${commandArgs.join(' ')} failed (exit ${result.status})`);
  }
}

/** Runs one measurement; a failure becomes an error row instead of ending the bench. */
async function attempt(name, task) {
  try {
    return { value: await task() };
  } catch (error) {
    console.error(`${name} failed:`, error);
    return { error: error.message.split('\n')[0] };
  }
}

// The source-mapped build gives the bytes per module; `zip` then builds both browsers again,
// without maps, and that build is the one measured.
if (!args.has('--no-build')) run('npm', ['run', '--silent', 'build'], { SOURCEMAP: '1' });
const modules = await attempt('bytes per module', () =>
  backgroundModules(resolve('.output/chrome-mv3')),
);
if (!args.has('--no-build')) run('npm', ['run', '--silent', 'zip']);
const chromium = chromiumVersion();
log(`Measuring in ${chromium.version} (${quick ? 'quick' : 'full'} run)…`);

const tmp = await benchTempDir();
const browsers = [];
let results;
try {
  const extensionDir = await snapshotBuild(resolve('.output/chrome-mv3'), tmp.dir);
  const blankDir = await makeBlankExtension(tmp.dir);
  const sizes = await attempt('sizes', () => measureSizes(extensionDir, resolve('.output')));
  const simulated = await attempt('simulated wake-ups', () => simulateWakeups(tmp.dir));

  const launch = async (blank) => {
    const bench = await launchBench({ dir: tmp.dir, extensionDir, blankDir: blank });
    browsers.push(bench);
    return bench;
  };
  const main = await launch(blankDir);
  // Page timings first, while this browser is the only one running.
  log(`[${elapsed()}] Popup speed (${SETTINGS.opens} rounds of a popup and a blank page open)…`);
  const speed = await attempt('popup speed', () =>
    measurePopupSpeed(main, { opens: SETTINGS.opens }),
  );
  log(`[${elapsed()}] Growth with 0, 1 and 5 years of history…`);
  const growth = await attempt('growth', () =>
    measureGrowth(main, { opens: SETTINGS.growthOpens }),
  );

  log(`[${elapsed()}] The Progress page with 5 years of history: render, export, import…`);
  const progress = await attempt('progress', () =>
    measureProgress(main, { opens: SETTINGS.growthOpens, dir: tmp.dir }),
  );

  // Real-time wake windows run in two more browsers alongside the rest (they mostly wait).
  const activeBrowser = await launch();
  const awayBrowser = await launch();
  log(
    `[${elapsed()}] Real wake-up windows started (${SETTINGS.activeMinutes} min active, ` +
      `${SETTINGS.awayMinutes} min each idle/locked/paused)…`,
  );
  const realActive = attempt('real active wake-ups', () =>
    realActiveWakeups(activeBrowser, { minutes: SETTINGS.activeMinutes }),
  );
  const realAway = attempt('real away wake-ups', () =>
    realAwayWakeups(awayBrowser, { minutes: SETTINGS.awayMinutes }),
  );
  log(`[${elapsed()}] Service-worker heap over a simulated working day…`);
  const heap = await attempt('heap', () => measureHeap(main));
  log(
    `[${elapsed()}] Reminder timeliness (${SETTINGS.rounds} reminders, worker killed before each)…`,
  );
  const timeliness = await attempt('timeliness', () =>
    measureTimeliness(main, { rounds: SETTINGS.rounds, log }),
  );
  log(`[${elapsed()}] Waiting for the real wake-up windows…`);
  results = {
    sizes,
    simulated,
    heap,
    speed,
    timeliness,
    growth,
    progress,
    realActive: await realActive,
    realAway: await realAway,
  };
} finally {
  for (const bench of browsers) await bench.close().catch(() => {});
  await tmp.remove();
}

const rows = buildRows(results);
const info = {
  date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  chromium: chromium.version,
  node: process.versions.node,
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`,
  mode: quick
    ? 'quick (fewer samples, not for the record)'
    : `full (${SETTINGS.opens} popup opens, ${SETTINGS.rounds} reminders)`,
  runTime: elapsed(),
};
log('');
for (const line of headerLines(info)) log(line);
log('');
log(markdownTable(rows));
log('');
const tables = modules.value && moduleTables(modules.value);
if (tables) {
  log(`Background JavaScript by package or folder:\n\n${tables.areas}\n`);
  const top = moduleTables(modules.value, { top: 15 }).modules;
  log(`Its largest modules (all of them: npm run bench:sizes):\n\n${top}\n`);
}

if (!quick) {
  const sections = tables
    ? [
        {
          title: 'Background JavaScript, bytes per module',
          paragraphs: [MODULE_NOTE, tables.areas, tables.modules],
        },
      ]
    : [];
  await writeBenchmarkDoc(resolve('docs/benchmark.md'), {
    info,
    rows,
    notes: benchNotes(),
    sections,
  });
  await updateReadme(resolve('README.md'), { info, rows });
  log('Wrote docs/benchmark.md and the Performance section of README.md.');
}
const over = rows.filter((r) => status(r).startsWith('✗'));
if (over.length > 0) {
  log(
    `${over.length} figure(s) over budget or not measured: ${over.map((r) => r.figure).join('; ')}`,
  );
}
process.exit(over.some((r) => r.error) || (check && over.length > 0) ? 1 : 0);
