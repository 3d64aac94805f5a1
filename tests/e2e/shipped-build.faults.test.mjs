// The fault points are compiled into the test build only: the build `npm run build` makes (the one
// that ships) must hold none of their code. Their modules carry a marker string; it must be in the
// test build (else this check could not fail) and in no file of the shipped build.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { EXTENSION_DIR, FAULTS_EXTENSION_DIR } from './harness.mjs';

const MARK = 'stretch-test-fault-point';

/** The JavaScript files of a build, with their text. */
function scripts(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((name) => String(name).endsWith('.js'))
    .map((name) => ({ name: String(name), text: readFileSync(join(dir, String(name)), 'utf8') }));
}

describe('the shipped build has no fault points', () => {
  it('finds the fault points in the test build, in the background and the pages', () => {
    const marked = scripts(FAULTS_EXTENSION_DIR).filter(({ text }) => text.includes(MARK));
    assert.ok(
      marked.some(({ name }) => name === 'background.js'),
      'background.js',
    );
    assert.ok(
      marked.some(({ name }) => name.startsWith('chunks')),
      'a page chunk',
    );
  });

  it('finds none in the build that ships, background.js included', () => {
    const files = scripts(EXTENSION_DIR);
    assert.ok(files.some(({ name }) => name === 'background.js'));
    const marked = files.filter(({ text }) => text.includes(MARK)).map(({ name }) => name);
    assert.deepEqual(marked, []);
  });
});
