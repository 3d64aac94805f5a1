import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import base from './vitest.config.ts';

/**
 * Vitest runs the slowest files first, which suits a full run; a mutant run stops at the first
 * failing test, so the quick files go first and the slow property tests last.
 */
class QuickFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const slowestFirst = await super.sort(files);
    const projects = [...new Set(slowestFirst.map((file) => file.project.name))];
    return projects.flatMap((name) =>
      slowestFirst.filter((file) => file.project.name === name).reverse(),
    );
  }
}

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
    sequence: { sequencer: QuickFilesFirst },
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
