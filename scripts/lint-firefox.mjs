// `npm run lint:firefox`: Mozilla's add-on linter (through web-ext) on the Firefox build, as the
// add-on site runs it. Any error, warning or notice fails: the store listing must come out clean.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const dir = '.output/firefox-mv3';
if (!existsSync(`${dir}/manifest.json`)) {
  console.error(`No Firefox build at ${dir}: run \`npm run build:firefox\` first.`);
  process.exit(1);
}
const run = spawnSync('npx', ['web-ext', 'lint', '-s', dir, '--output', 'json'], {
  encoding: 'utf8',
});
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(run.stdout, run.stderr);
  console.error('web-ext lint printed no report.');
  process.exit(1);
}
const { errors, warnings, notices } = report.summary;
console.log(`web-ext lint ${dir}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
for (const message of [...report.errors, ...report.warnings, ...report.notices]) {
  console.log(
    `  ${message._type} ${message.code}: ${message.message} (${message.file ?? 'manifest'})`,
  );
}
process.exit(errors + warnings + notices === 0 ? 0 : 1);
