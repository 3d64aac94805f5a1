import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

// Stryker runs the suite once per mutant: core and the background wiring need no DOM, so they run
// in plain Node (no happy-dom start-up per file); only component and page tests keep happy-dom.
// Stryker's related mode then keeps just the test files whose imports reach core.
// WXT's plugin sets the fake-browser setup file from its config hook, which projects do not
// inherit: each project gets the plugins itself.
export default defineConfig({
  test: {
    // Instrumented code on a busy machine is slow; a vitest timeout would count as a kill.
    // Stryker has its own timeout for mutants that loop forever.
    testTimeout: 60_000,
    restoreMocks: base.test?.restoreMocks,
    projects: [
      {
        extends: true,
        plugins: base.plugins,
        test: {
          name: 'node',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/components/**', 'tests/unit/pages/**'],
          environment: 'node',
          // These files mock no modules and reset the fake browser before each test, so they can
          // share one module cache: several times faster per mutant than a fresh one per file.
          isolate: false,
        },
      },
      {
        extends: true,
        plugins: base.plugins,
        test: {
          name: 'dom',
          include: ['tests/unit/components/**/*.test.tsx', 'tests/unit/pages/**/*.test.tsx'],
          environment: 'happy-dom',
        },
      },
    ],
  },
});
