// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { earlyStretchNames, withEarlyNames } from '../../../build/early-stretch-names';
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

  it('changes the popup page only, in the build, with every library entry', () => {
    const plugin = earlyStretchNames('popup', stretches);
    expect(plugin.apply).toBe('build');
    const { handler } = plugin.transformIndexHtml as {
      handler: (html: string, ctx: { filename: string }) => string;
    };
    const html = page(SLOT);
    const popup = handler(html, { filename: '/repo/entrypoints/popup/index.html' });
    for (const entry of stretches) expect(popup).toContain(`id="${earlyNameId(entry.id)}"`);
    expect(handler(html, { filename: '/repo/entrypoints/options/index.html' })).toBe(html);
  });

  it('fails the build rather than ship a popup without the slot or the module script', () => {
    expect(() => withEarlyNames(page('<div id="app"></div>'), [])).toThrow(
      'no <div id="early-title">',
    );
    expect(() => withEarlyNames(`<body>${SLOT}</body>`, [])).toThrow('no module script');
  });
});
