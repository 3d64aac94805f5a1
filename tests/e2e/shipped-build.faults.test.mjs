// The fault points are compiled into the test build only: the build `npm run build` makes (the one
// that ships) must hold none of their code. Their modules carry a marker string; it must be in the
// test build (else this check could not fail) and in no file of the shipped build.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

  it('finds none in the builds that ship, background.js included', () => {
    // The Chrome build always; the Firefox one too once built (`npm test` builds it before this).
    const firefox = resolve('.output/firefox-mv3');
    const builds = [EXTENSION_DIR, ...(existsSync(firefox) ? [firefox] : [])];
    for (const dir of builds) {
      const files = scripts(dir);
      assert.ok(
        files.some(({ name }) => name === 'background.js'),
        dir,
      );
      const marked = files.filter(({ text }) => text.includes(MARK)).map(({ name }) => name);
      assert.deepEqual(marked, [], dir);
    }
  });
});
