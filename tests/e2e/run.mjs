// Runs the end-to-end suite with Node's own test runner, each file in a runner of its own, two
// files at a time: most of a test's time is spent waiting on real countdowns and alarms, so a
// second browser uses time the first leaves idle. Each file's output is printed whole when it ends.
//   node tests/e2e/run.mjs [files...]                  in the written order
//   node tests/e2e/run.mjs --jobs 1                    one file at a time (E2E_JOBS=1 as well)
//   node tests/e2e/run.mjs --shuffle                   files and the tests in each in a random order
//   node tests/e2e/run.mjs --seed 1234                 the order seed 1234 gives (replays a shuffle)
//   node tests/e2e/run.mjs --test-name-pattern="..."   only the matching tests (Node's own option)
// Node 20's runner cannot shuffle by itself, so the order is chosen here and in order.mjs.
// Files named *.faults.test.mjs run against the test build with fault points (scripts/build-faults.mjs),
// built here first whenever one of them is chosen; the others test `npm run build`'s output.
import { spawn, spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { findChromium } from '../../scripts/find-browser.mjs';
import { shuffled } from './order.mjs';

const files = [];
const nodeOptions = [];
let seed;
let jobs = Number(process.env.E2E_JOBS ?? 2);
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--shuffle') seed ??= randomInt(2 ** 31);
  else if (arg === '--seed') seed = Number(args[++i]);
  else if (arg.startsWith('--seed=')) seed = Number(arg.slice('--seed='.length));
  else if (arg === '--jobs') jobs = Number(args[++i]);
  else if (arg === '--test-name-pattern') nodeOptions.push(`${arg}=${args[++i]}`);
  else if (arg.startsWith('--')) nodeOptions.push(arg);
  else files.push(arg);
}
if (!Number.isInteger(jobs) || jobs < 1) {
  console.error('--jobs needs a whole number of at least 1');
  process.exit(2);
}
if (seed !== undefined && !Number.isSafeInteger(seed)) {
  console.error('--seed needs a whole number');
  process.exit(2);
}

try {
  console.log(`Chromium for the end-to-end tests: ${findChromium()}`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const all = readdirSync('tests/e2e')
  .filter((name) => name.endsWith('.test.mjs'))
  .sort()
  .map((name) => `tests/e2e/${name}`);
const chosen = files.length ? files : all;
const ordered = seed === undefined ? chosen : shuffled(chosen, seed);
if (ordered.some((file) => file.endsWith('.faults.test.mjs'))) {
  const built = spawnSync(process.execPath, ['scripts/build-faults.mjs'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  console.log(built.stdout.split('\n').find((line) => line.startsWith('Test build')) ?? '');
  if (built.status !== 0) {
    console.error('The test build failed: node scripts/build-faults.mjs');
    process.exit(1);
  }
}
if (seed !== undefined) {
  console.log(`Shuffled with seed ${seed} (replay: node tests/e2e/run.mjs --seed ${seed})`);
  console.log(`File order: ${ordered.join(', ')}`);
}
// The seed reaches the test files (order.mjs) through the environment, and only from here.
const env = { ...process.env };
delete env.E2E_SEED;
if (seed !== undefined) env.E2E_SEED = String(seed);
// One runner per file: Node 20 sorts the files it is given, so only this keeps a shuffled order.
// Files start in that order, `jobs` at a time.
function runFile(file) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--test', ...nodeOptions, file], { env });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      const seconds = Math.round((Date.now() - started) / 1000);
      process.stdout.write(Buffer.concat(output));
      console.log(`# ${file}: ${code === 0 ? 'passed' : 'FAILED'} in ${seconds} s`);
      resolve({ file, ok: code === 0, seconds });
    });
  });
}
const started = Date.now();
const queue = [...ordered];
const results = [];
await Promise.all(
  Array.from({ length: Math.min(jobs, queue.length) }, async () => {
    for (let file = queue.shift(); file; file = queue.shift()) results.push(await runFile(file));
  }),
);
const failed = results.filter((r) => !r.ok).map((r) => r.file);
// A figure to watch, not a test: each file's seconds and the suite's share of `npm test`.
for (const r of [...results].sort((a, b) => b.seconds - a.seconds)) {
  console.log(`#   ${String(r.seconds).padStart(4)} s  ${r.file}`);
}
console.log(
  `Chromium end-to-end suite: ${Math.round((Date.now() - started) / 1000)} s, ${jobs} at a time`,
);
if (seed !== undefined) console.log(`Shuffled with seed ${seed}`);
if (failed.length) console.error(`Failed: ${failed.join(', ')}`);
process.exit(failed.length ? 1 : 0);
