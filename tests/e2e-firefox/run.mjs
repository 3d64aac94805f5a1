// Runs the Firefox end-to-end suite with Node's own test runner, one file at a time (one browser
// at a time).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { findFirefox } from '../../scripts/find-browser.mjs';

try {
  console.log(`Firefox for the end-to-end tests: ${findFirefox()}`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const files = readdirSync('tests/e2e-firefox')
  .filter((name) => name.endsWith('.test.mjs'))
  .map((name) => `tests/e2e-firefox/${name}`);
const only = process.argv.slice(2);
const started = Date.now();
const result = spawnSync(
  process.execPath,
  ['--test', '--test-concurrency=1', ...(only.length ? only : files)],
  { stdio: 'inherit' },
);
// A figure to watch, not a test: the suite's share of `npm test`.
console.log(`Firefox end-to-end suite: ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(result.status ?? 1);
