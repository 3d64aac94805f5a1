// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { stripPreactInnerHtml } from '../../../build/preact-without-inner-html';

const preactSource = () => {
  const path = createRequire(import.meta.url)
    .resolve('preact')
    .replace(/[^/\\]+$/, 'preact.mjs');
  return readFileSync(path, 'utf8');
};

describe('the build step that takes innerHTML out of Preact', () => {
  it('leaves the installed Preact with no innerHTML assignment', () => {
    const source = preactSource();
    expect(source).toMatch(/\.innerHTML=/);
    expect(stripPreactInnerHtml(source)).not.toMatch(/\.innerHTML\s*=/);
  });

  it('fails the build when Preact changed and the pattern no longer matches', () => {
    expect(() => stripPreactInnerHtml('el.innerHTML = html;')).toThrow(
      'expected one innerHTML assignment in Preact, found 0',
    );
  });
});
