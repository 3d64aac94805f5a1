// Runs the end-to-end suite with Node's own test runner, one file at a time (one browser at a time).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { findChromium } from '../../scripts/find-browser.mjs';

try {
  console.log(`Chromium for the end-to-end tests: ${findChromium()}`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const files = readdirSync('tests/e2e')
  .filter((name) => name.endsWith('.test.mjs'))
  .map((name) => `tests/e2e/${name}`);
const only = process.argv.slice(2);
const result = spawnSync(
  process.execPath,
  ['--test', '--test-concurrency=1', ...(only.length ? only : files)],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
