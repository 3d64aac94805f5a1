// The order the end-to-end tests run in: as written, or shuffled by the seed run.mjs hands over
// in E2E_SEED. Every test starts its own browser, so any order must pass; shuffling shows it, and
// the printed seed replays an order that failed.
import { describe, it } from 'node:test';

/** mulberry32: small, seeded, and the same on every machine. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of `items` in an order fixed by `seed` (Fisher-Yates). */
export function shuffled(items, seed) {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** A number from a text, so each suite gets its own order from the one seed. */
function hash(text) {
  let h = 2166136261;
  for (const char of text) h = Math.imul(h ^ char.codePointAt(0), 16777619);
  return h >>> 0;
}

/**
 * `describe`, except that the tests `body` declares through the `test` it is given are registered
 * in the seeded order when E2E_SEED is set. Hooks (before, beforeEach, ...) are declared as usual.
 */
export function describeInOrder(name, body) {
  describe(name, () => {
    const tests = [];
    body((title, fn) => tests.push({ title, fn }));
    const seed = process.env.E2E_SEED;
    const order = seed === undefined ? tests : shuffled(tests, Number(seed) ^ hash(name));
    for (const { title, fn } of order) it(title, fn);
  });
}
