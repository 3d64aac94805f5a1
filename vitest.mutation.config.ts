import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import base from './vitest.config.ts';

/**
 * Vitest runs the slowest files first, which suits a full run; a mutant run stops at the first
 * failing test, so the quick files go first and the slow ones last: the pure project (core's own
 * tests, which kill most mutants) before the browser wiring, quickest file first in each.
 */
class QuickFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const quickestFirst = (await super.sort(files)).reverse();
    const projects = [...new Set(quickestFirst.map((file) => file.project.name))].sort(
      (a, b) => Number(b === 'pure') - Number(a === 'pure'),
    );
    return projects.flatMap((name) => quickestFirst.filter((file) => file.project.name === name));
  }
}

type Project = { test?: { name?: string; environment?: string } & Record<string, unknown> };

// The two Node projects of `npm test` (pure core and data, and the browser wiring on the fake
// browser); the DOM pages and the figure and script tests reach no core code that the others do
// not. Each gets a longer timeout: instrumented code on a busy machine is slow, and a vitest
// timeout would count as a kill (Stryker has its own timeout for mutants that loop forever). The
// Node projects mock no modules and reset the fake browser before each test, so they share one
// module cache between files: several times faster per mutant.
const PURE = ['tests/unit/{core,data}/**/*.test.ts'];
// The 10,000-sequence kill property of the scheduler took most of a mutant's run when reached. It
// compares a run with worker kills to one without, both on the same mutated code, so it can only
// notice mutants in storing and reading the state back, which parse-schedule-state's tests cover.
// Note: with isolate off, a module first loaded during a test counts as covered by it, so some
// module-level (static) mutants run as "hybrid" ones and survive on the cached module.
const SLOW = ['tests/unit/core/scheduler/kill-property.test.ts'];
const projects = ((base.test?.projects ?? []) as Project[])
  .filter((project) => project.test?.environment === 'node')
  .map((project) => ({
    ...project,
    test: {
      ...project.test,
      ...(project.test?.name === 'pure' ? { include: PURE } : {}),
      exclude: [...((project.test?.exclude as string[] | undefined) ?? []), ...SLOW],
      testTimeout: 60_000,
      isolate: false,
    },
  }));

export default defineConfig({
  test: {
    restoreMocks: base.test?.restoreMocks,
    sequence: { sequencer: QuickFilesFirst },
    projects,
  },
});
