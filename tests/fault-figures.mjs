// The fault-injection tests' figures (what they tried, and how much was lost, doubled or crashed),
// each suite's in its own file under test-results/fault-figures/ (git-ignored). The tests write
// them on every run; `npm run test:faults` runs those tests and sums the files (scripts/test-faults.mjs).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FIGURES_DIR = resolve('test-results/fault-figures');

/**
 * Records one suite's figures: `tried` counts by kind (sequences, killPoints, corruptions,
 * messages), and the failures the suite measured (each must be 0 for it to pass): effects or
 * data lost, doubled, forged (a malformed message taken or changing anything), and crashes.
 */
export function recordFaultFigures(
  suite,
  { tried, lost = 0, doubled = 0, forged = 0, crashes = 0, notes },
) {
  mkdirSync(FIGURES_DIR, { recursive: true });
  const figures = { suite, tried, lost, doubled, forged, crashes, notes };
  writeFileSync(join(FIGURES_DIR, `${suite}.json`), `${JSON.stringify(figures, null, 2)}\n`);
}

/** Every suite's recorded figures, by suite name. */
export function readFaultFigures() {
  let names = [];
  try {
    names = readdirSync(FIGURES_DIR).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  return names.sort().map((name) => JSON.parse(readFileSync(join(FIGURES_DIR, name), 'utf8')));
}
