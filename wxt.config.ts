import { createRequire } from 'node:module';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { earlyStretchNames } from './build/early-stretch-names';
import { figureRendererChunk } from './build/figure-renderer-chunk';
import { inlinePageCss } from './build/inline-page-css';
import { popupSharedChunk } from './build/popup-shared-chunk';
import { preactWithoutInnerHtml } from './build/preact-without-inner-html';
import { stretches } from './data/stretches';
import { START_COMMAND, SUGGESTED_START_KEY } from './platform/commands';
import { LIBRARY_FILE } from './platform/library';

// WXT's own `wxt/browser`: the `browser` global where the browser has one (Chromium 148+,
// Firefox), else `chrome`.
const WXT_BROWSER = createRequire(import.meta.url).resolve('wxt/browser');
const NO_ALIAS: Record<string, string> = {};

const TERSER = {
  ecma: 2020,
  module: true,
  compress: { passes: 2, pure_getters: true, inline: 1, sequences: false },
} as const;

// Firefox also gets MV3 (not WXT's MV2 default): one manifest shape and one `action` API for both
// browsers, and Firefox >= 128 runs MV3 backgrounds as event pages, as we need.
export default defineConfig({
  imports: false,
  // The polyfill module points `wxt/browser` at webextension-polyfill in every build; the Chrome
  // build takes WXT's own back (in `vite` below). In Chromium the polyfill adds nothing this
  // extension uses: it passes the native `browser` through (148+), and before that it would only
  // wrap `chrome.*` calls that MV3 already answers with promises (116+, the manifest's minimum).
  // It would cost the service worker 2.7 KB of its 16 KB gzip budget. Firefox keeps it.
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: (env) => ({
    plugins: [
      preact(),
      preactWithoutInnerHtml(),
      figureRendererChunk(),
      popupSharedChunk(),
      inlinePageCss(['popup']),
      earlyStretchNames('popup', stretches),
    ],
    // No modulepreload polyfill: every browser this extension supports preloads modules itself.
    build: {
      sourcemap: process.env.SOURCEMAP === '1',
      modulePreload: { polyfill: false },
      minify: 'terser',
      terserOptions: TERSER,
    },
    resolve: { alias: env.browser === 'firefox' ? NO_ALIAS : { 'wxt/browser': WXT_BROWSER } },
  }),
  // The add-on site's sources zip needs what builds the extension, not screenshots or benchmarks.
  zip: { excludeSources: ['docs/**', 'bench/**'] },
  hooks: {
    // The library ships as a JSON file the background reads when it picks a stretch, so neither
    // the background nor the popup bundle carries every exercise's text.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: LIBRARY_FILE, contents: JSON.stringify(stretches) });
    },
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(LIBRARY_FILE);
    },
  },
  manifest: ({ browser }) => ({
    name: 'Stand Up & Stretch',
    short_name: 'Stand & Stretch',
    description:
      'Notices how long you have been sitting and guides a short hip or glute stretch when it is time for a break.',
    permissions: ['alarms', 'idle', 'notifications', 'storage'],
    // Firefox pins the button to the toolbar itself when asked (the welcome page's pin hint then
    // stays away); Chrome has no such key, and the welcome page shows how to pin it.
    action: {
      default_title: 'Stand Up & Stretch',
      ...(browser === 'firefox' ? { default_area: 'navbar' } : {}),
    },
    // A shortcut that starts a stretch from any tab; the user can change or clear it.
    commands: {
      [START_COMMAND]: {
        suggested_key: { default: SUGGESTED_START_KEY },
        description: 'Start a stretch now',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: '{593230fe-92df-4153-b8ba-a240cd2e0111}',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // Without the polyfill, the promises of idle.queryState and notifications come from
        // Chrome itself: MV3 gives them from 116 on.
        { minimum_chrome_version: '116' }),
  }),
});
