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

type Project = { test?: { name?: string; environment?: string } & Record<string, unknown> };

// The unit test projects as `npm test` runs them (pure core and the browser wiring in Node, pages
// in happy-dom), each with a longer timeout: instrumented code on a busy machine is slow, and a
// vitest timeout would count as a kill (Stryker has its own timeout for mutants that loop
// forever). The Node projects mock no modules and reset the fake browser before each test, so
// they share one module cache between files: several times faster per mutant.
const projects = ((base.test?.projects ?? []) as Project[]).map((project) => ({
  ...project,
  test: {
    ...project.test,
    testTimeout: 60_000,
    ...(project.test?.environment === 'node' ? { isolate: false } : {}),
  },
}));

export default defineConfig({
  test: {
    restoreMocks: base.test?.restoreMocks,
    sequence: { sequencer: QuickFilesFirst },
    projects,
  },
});
