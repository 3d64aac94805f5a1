// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { withEarlyNames } from '../../../build/early-stretch-names';
import { earlyNameId } from '../../../core/popup-path';
import { stretches } from '../../../data/stretches';

const page = (body: string) =>
  `<!DOCTYPE html><html><head><script type="module" crossorigin src="/chunks/popup.js"></script></head><body>${body}</body></html>`;
const SLOT = '<div id="early-title"></div>';

describe('the build step that puts every stretch name into popup.html', () => {
  it('fills the slot with one hidden-by-CSS heading per entry, its id from the entry, text escaped', () => {
    const html = withEarlyNames(page(`${SLOT}<div id="app"></div>`), [
      { id: 'pigeon', name: 'Pigeon' },
      { id: 'odd', name: 'Hips <& "knees">' },
    ]);
    expect(html).toContain(
      `<div id="early-title"><h2 class="early-name" id="${earlyNameId('pigeon')}">Pigeon</h2>` +
        `<h2 class="early-name" id="${earlyNameId('odd')}">Hips &lt;&amp; &quot;knees&quot;&gt;</h2></div>` +
        '<div id="app"></div>',
    );
  });

  it('makes the module script async, so parsing (and :target) does not wait for it', () => {
    const html = withEarlyNames(page(SLOT), []);
    expect(html).toContain('<script type="module" async crossorigin src="/chunks/popup.js">');
  });

  it('holds a name for every library entry', () => {
    const html = withEarlyNames(page(SLOT), stretches);
    for (const entry of stretches) expect(html).toContain(`id="${earlyNameId(entry.id)}"`);
  });

  it('fails the build rather than ship a popup without the slot or the module script', () => {
    expect(() => withEarlyNames(page('<div id="app"></div>'), [])).toThrow(
      'no <div id="early-title">',
    );
    expect(() => withEarlyNames(`<body>${SLOT}</body>`, [])).toThrow('no module script');
  });
});
