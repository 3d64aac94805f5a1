import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Every test runs in a zone with daylight-saving changes, so calendar logic is exercised across them.
process.env.TZ = 'Europe/Berlin';

// Vitest 5's reporter calls Map.groupBy, which Node 20 lacks (Node 21+ has it); without it a
// failing test crashes the report instead of printing the failure.
const mapWithGroupBy = Map as unknown as { groupBy?: unknown };
mapWithGroupBy.groupBy ??= <K, V>(items: Iterable<V>, key: (item: V, index: number) => K) => {
  const groups = new Map<K, V[]>();
  let index = 0;
  for (const item of items) {
    const k = key(item, index++);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
};

// Three projects, so each test file gets only what it needs: building a DOM (happy-dom) costs more
// than most tests, and the pure code is tested with no fake browser at all, which keeps it pure.
const PURE = ['tests/unit/{core,data,scripts,figures}/**/*.test.ts'];
const DOM = ['tests/unit/{components,pages}/**/*.test.{ts,tsx}'];
const wxt = WxtVitest();

export default defineConfig({
  test: {
    restoreMocks: true,
    projects: [
      {
        // The `@/` paths come from WXT's tsconfig, which the WXT plugin would otherwise provide.
        resolve: { tsconfigPaths: true },
        test: { name: 'pure', include: PURE, environment: 'node' },
      },
      {
        // Everything else (the background wiring) runs on WXT's fake browser, which needs no DOM.
        plugins: [wxt],
        test: {
          name: 'browser',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: [...PURE, ...DOM],
          environment: 'node',
          setupFiles: [
            'tests/unit/fake-commands-setup.ts',
            'tests/unit/fake-storage-keys-setup.ts',
            'tests/unit/fake-action-popup-setup.ts',
          ],
        },
      },
      {
        plugins: [wxt, preact()],
        test: {
          name: 'dom',
          include: DOM,
          environment: 'happy-dom',
          setupFiles: [
            'tests/unit/figure-renderer-setup.ts',
            'tests/unit/fake-commands-setup.ts',
            'tests/unit/fake-storage-keys-setup.ts',
            'tests/unit/fake-action-popup-setup.ts',
          ],
        },
      },
    ],
  },
});
