import type { Plugin } from 'vite';
import { earlyNameId } from '../core/popup-path';

// The popup's scripts arrive a round trip through the browser process after its HTML, so a
// stretch drawn by them paints well after the page's first frame. The one thing worth seeing at
// once, the name of the stretch on offer, is therefore in popup.html itself: every library
// entry's name, each hidden, and a CSS `:target` rule shows the one the URL's fragment names (the
// background sets the toolbar button's popup to `popup.html#s-<id>` whenever it picks a stretch).
// The app leaves the one shown in place while its stretch is the one on show, and hides them all
// and draws its own heading when another is (pages/use-early-title.ts).
//
// The browser applies `:target` once the document is parsed, which waits for deferred scripts:
// the popup's module is made `async`, so parsing ends with the HTML and the name is in the first
// frame. main.tsx waits for the DOM itself for that reason.

interface Named {
  id: string;
  name: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

const SLOT = '<div id="early-title"></div>';
const MODULE_SCRIPT = /<script type="module"(?![^>]*\basync\b)/g;

/**
 * `html` with the names in its empty `#early-title` and its module scripts `async`. Throws when
 * the page has no empty `#early-title` or no module script, rather than ship a popup that waits as before.
 */
export function withEarlyNames(html: string, entries: readonly Named[]): string {
  if (!html.includes(SLOT)) throw new Error(`early-stretch-names: no ${SLOT} in the popup`);
  if (html.search(MODULE_SCRIPT) === -1) throw new Error('early-stretch-names: no module script');
  const names = entries
    .map(
      ({ id, name }) => `<h2 class="early-name" id="${earlyNameId(id)}">${escapeHtml(name)}</h2>`,
    )
    .join('');
  return html
    .replace(SLOT, `<div id="early-title">${names}</div>`)
    .replace(MODULE_SCRIPT, '<script type="module" async');
}

/** Puts the entries' names into the page of entry folder `page` (the popup). */
export function earlyStretchNames(page: string, entries: readonly Named[]): Plugin {
  const isPage = (path: string) =>
    new RegExp(`[\\\\/]entrypoints[\\\\/]${page}[\\\\/]index\\.html$`).test(path);
  return {
    name: 'early-stretch-names',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => (isPage(ctx.filename) ? withEarlyNames(html, entries) : html),
    },
  };
}
