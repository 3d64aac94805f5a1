import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { FIGURE_RENDERER_PATH } from '../figures/renderer-path';

/**
 * Emits the figure renderer as a chunk at a fixed path in the builds that have pages (never the
 * service worker's). Pages load it with a plain `import()` of that path, which Vite leaves alone:
 * a dynamic import Vite bundles itself brings Vite's preload helper into the page's first
 * script (0.9 KB gzip of the popup's 20 KB), and this one needs no preloading.
 */
export function figureRendererChunk(): Plugin {
  let pages = false;
  return {
    name: 'figure-renderer-chunk',
    apply: 'build',
    options(options) {
      pages = /\.html\b/.test(JSON.stringify(options.input ?? ''));
    },
    buildStart() {
      if (!pages) return;
      this.emitFile({
        type: 'chunk',
        id: resolve('figures/figure-loader.ts'),
        fileName: FIGURE_RENDERER_PATH.slice(1),
      });
    },
  };
}
