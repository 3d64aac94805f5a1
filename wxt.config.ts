import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { preactWithoutInnerHtml } from './build/preact-without-inner-html';
import { stretches } from './data/stretches';
import { LIBRARY_FILE } from './platform/library';

// Firefox also gets MV3 (not WXT's MV2 default): one manifest shape and one `action` API for both
// browsers, and Firefox >= 128 runs MV3 backgrounds as event pages, as we need.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), preactWithoutInnerHtml()],
    build: { sourcemap: process.env.SOURCEMAP === '1' },
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
    action: { default_title: 'Stand Up & Stretch' },
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
      : {}),
  }),
});
