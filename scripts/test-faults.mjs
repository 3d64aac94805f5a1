// `npm run test:faults`: runs the fault-injection tests (they also run in `npm test`) and prints
// the figures they recorded in test-results/fault-figures/ (tests/fault-figures.mjs): what was
// tried, and what was lost, doubled, forged or crashed. Exits non-zero when a test failed, a
// suite recorded nothing, or any failure count is not 0.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { FIGURES_DIR, readFaultFigures } from '../tests/fault-figures.mjs';

const UNIT = [
  'tests/unit/core/scheduler/kill-property.test.ts',
  'tests/unit/background/kill-faults.test.ts',
  'tests/unit/background/storage-fuzz.test.ts',
  'tests/unit/background/message-fuzz.test.ts',
  'tests/unit/background/save-settings.test.ts',
];
const E2E = [
  'tests/e2e/shipped-build.faults.test.mjs',
  'tests/e2e/kill-worker.faults.test.mjs',
  'tests/e2e/page-storage-fuzz.test.mjs',
];
const SUITES = [
  'unit-kill-property',
  'unit-kill-faults',
  'unit-storage-fuzz-background',
  'unit-message-fuzz',
  'unit-sync-pace',
  'e2e-kill-worker',
  'e2e-page-storage-fuzz',
];

const run = (what, command, args) => {
  console.log(`\n== ${what}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
};

rmSync(FIGURES_DIR, { recursive: true, force: true });
const passed = [
  run('unit tests', 'npx', ['vitest', 'run', ...UNIT]),
  run('the build that ships', 'npx', ['wxt', 'build']),
  run('end-to-end tests in Chromium', process.execPath, ['tests/e2e/run.mjs', ...E2E]),
].every(Boolean);

const figures = readFaultFigures();
const KINDS = ['sequences', 'killPoints', 'corruptions', 'messages'];
const FAILS = ['lost', 'doubled', 'forged', 'crashes'];
const rows = figures
  .filter((f) => KINDS.some((kind) => f.tried[kind] !== undefined))
  .map((f) => [f.suite, ...KINDS.map((k) => f.tried[k] ?? '-'), ...FAILS.map((k) => f[k])]);
const sum = (i) =>
  rows.reduce((total, row) => total + (typeof row[i] === 'number' ? row[i] : 0), 0);
const total = ['total', ...[...KINDS, ...FAILS].map((_, i) => sum(i + 1))];
const table = [
  ['suite', 'sequences', 'kill points', 'corruptions', 'messages', ...FAILS],
  ...rows,
  total,
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
console.log('\n== Fault-injection figures');
for (const row of table)
  console.log(row.map((cell, i) => String(cell).padEnd(widths[i])).join('  '));

const pace = figures.find((f) => f.suite === 'unit-sync-pace')?.notes;
if (pace) {
  const perPace = Object.entries(pace.maxSyncWritesInAnyMinute)
    .map(([at, writes]) => `${writes} with a change ${at}`)
    .join(', ');
  console.log(
    `\nstorage.sync writes in any one minute: ${perPace} (Chrome allows ${pace.chromeLimitPerMinute}).`,
  );
}
const kill = figures.find((f) => f.suite === 'e2e-kill-worker')?.notes;
if (kill) {
  console.log(
    `Real Chromium kills at 'ran-effect' replay the notification in place (same id): ${kill.reshownInPlace}.`,
  );
}

const missing = SUITES.filter((suite) => !figures.some((f) => f.suite === suite));
if (missing.length > 0) console.error(`\nNo figures recorded by: ${missing.join(', ')}`);
const failing = total.slice(1 + KINDS.length).some((n) => n !== 0);
process.exit(passed && missing.length === 0 && !failing ? 0 : 1);
