// Runs StrykerJS on core/ (settings in stryker.config.mjs) and fails below the break threshold.
// Why not `stryker run`: Stryker 10 declares Node >= 22 and its CLI module refuses Node 20 on
// import, while this project supports Node 20 (see README). The Stryker class itself runs on
// Node 20, so this script loads it from its own file, past the CLI entry point.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const coreDir = path.dirname(require.resolve('@stryker-mutator/core/package.json'));
const { Stryker } = await import(pathToFileURL(path.join(coreDir, 'dist/src/stryker.js')).href);

// The config file is found by Stryker itself; a command-line style override can be passed on.
const withStatic = process.argv.includes('--with-static');
const options = {
  configFile: 'stryker.config.mjs',
  ...(withStatic ? { ignoreStatic: false } : {}),
};
const results = await new Stryker(options).runMutationTest();
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
