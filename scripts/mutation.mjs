// Runs StrykerJS on core/ (settings in stryker.config.mjs) and fails below the break threshold.
// Why not `stryker run`: Stryker 10 declares Node >= 22 and its CLI module refuses Node 20 on
// import, while this project supports Node 20 (see README). The Stryker class itself runs on
// Node 20, so this script loads it from its own file, past the CLI entry point.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const coreDir = path.dirname(require.resolve('@stryker-mutator/core/package.json'));
const { Stryker } = await import(pathToFileURL(path.join(coreDir, 'dist/src/stryker.js')).href);

// The config file is found by Stryker itself; command-line style overrides are passed on:
// `--with-static` includes the module-level mutants, `--concurrency N` sets the number of workers,
// and `--only core/scheduler` (repeatable) mutates only the files under that path, for results
// one folder at a time. Such a run reads and writes its own incremental file, seeded from the main
// one, and its results are merged back into the main one, so a later full run reuses them.

const args = process.argv.slice(2);
const valuesOf = (flag) => args.flatMap((arg, i) => (arg === flag ? [args[i + 1]] : []));
const withStatic = args.includes('--with-static');
const only = valuesOf('--only').map((dir) => dir.replace(/\/+$/, ''));
const [concurrency] = valuesOf('--concurrency').map(Number);
const MAIN_INCREMENTAL = 'reports/stryker-incremental.json';
const ONLY_INCREMENTAL = 'reports/stryker-incremental-only.json';
if (only.length > 0 && existsSync(MAIN_INCREMENTAL))
  copyFileSync(MAIN_INCREMENTAL, ONLY_INCREMENTAL);
const options = {
  configFile: 'stryker.config.mjs',
  ...(withStatic ? { ignoreStatic: false } : {}),
  ...(concurrency > 0 ? { concurrency } : {}),
  ...(only.length > 0
    ? {
        mutate: only.map((dir) => (dir.endsWith('.ts') ? dir : `${dir}/**/*.ts`)),
        incrementalFile: ONLY_INCREMENTAL,
      }
    : {}),
};
const results = await new Stryker(options).runMutationTest();
if (only.length > 0 && existsSync(ONLY_INCREMENTAL)) {
  const part = JSON.parse(readFileSync(ONLY_INCREMENTAL, 'utf8'));
  const main = existsSync(MAIN_INCREMENTAL)
    ? JSON.parse(readFileSync(MAIN_INCREMENTAL, 'utf8'))
    : part;
  main.files = { ...main.files, ...part.files };
  main.testFiles = { ...main.testFiles, ...part.testFiles };
  writeFileSync(MAIN_INCREMENTAL, JSON.stringify(main, null, 2));
}
// The mutation score as Stryker counts it: detected (killed or timed out) over all valid mutants,
// survivors and mutants no test reaches included.
const counted = results.filter(
  (r) => !['Ignored', 'CompileError', 'RuntimeError'].includes(r.status),
);
const detected = counted.filter((r) => ['Killed', 'Timeout'].includes(r.status)).length;
const score = counted.length === 0 ? 100 : (100 * detected) / counted.length;
console.log(
  `Mutation score ${score.toFixed(2)}%: ${detected} of ${counted.length} mutants detected` +
    ` (${results.length - counted.length} ignored or invalid).`,
);
