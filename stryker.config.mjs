// Mutation testing of the pure domain logic: `npm run test:mutation`. Too slow for `npm test`
// (minutes per full run); incremental mode re-tests only mutants whose code or tests changed.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: ['core/**/*.ts'],
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  checkers: [],
  // Stryker rewrites tsconfig paths that point outside its sandbox, through TypeScript's JS API,
  // which TypeScript 7 no longer has. Ours points nowhere outside, so no file is named here.
  tsconfigFile: 'no-tsconfig-rewrite',
  // Builds and e2e output are not needed to run unit tests in the sandbox copy.
  ignorePatterns: ['.output', 'test-results', 'docs/screenshots'],
  coverageAnalysis: 'perTest',
  // The machine is shared (two cores, other jobs): one worker; `-- --concurrency 2` on a quiet one.
  concurrency: 1,
  // Static mutants (module-level constants: lookup tables, messages, regexes) cannot be traced to
  // tests, so each one runs the whole suite: about 15% of the mutants and most of the time.
  // They are left out of the regular run; `npm run test:mutation -- --with-static` includes them.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  plugins: ['@stryker-mutator/*', './scripts/mutation-live-reporter.mjs'],
  reporters: ['clear-text', 'progress-append-only', 'html', 'json', 'live'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 95, low: 90, break: 90 },
  // A shared, loaded machine can take many minutes for the first full run of the tests.
  dryRunTimeoutMinutes: 30,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
