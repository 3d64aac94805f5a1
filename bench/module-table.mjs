// The background's bytes per source module, as tables. `npm run bench:sizes` builds with source
// maps and prints them (every module); `npm run bench` prints the areas and the largest modules
// and writes every module into docs/benchmark.md.

import { spawnSync } from 'node:child_process';
import { access, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bytesPerModule, moduleArea, piecesPerModule } from './module-sizes.mjs';
import { kb } from './stats.mjs';
import { formatTable } from './table.mjs';

/** Bytes per module and per area of the service worker in `buildDir` (built with SOURCEMAP=1). */
export async function backgroundModules(buildDir) {
  const manifest = JSON.parse(await readFile(join(buildDir, 'manifest.json'), 'utf8'));
  const worker = join(buildDir, manifest.background.service_worker);
  const hasMap = await access(`${worker}.map`).then(
    () => true,
    () => false,
  );
  if (!hasMap) throw new Error(`${worker}.map is missing: build with SOURCEMAP=1`);
  const pieces = await piecesPerModule(worker);
  const modules = bytesPerModule(pieces);
  return { ...modules, areas: bytesPerModule(pieces, moduleArea).rows };
}

const bytes = (n) => n.toLocaleString('en-US');
const share = (part, whole) => `${((100 * part) / whole).toFixed(1)} %`;

/** Markdown tables: by area, then by module (the `top` largest, or all). */
export function moduleTables({ rows, areas, raw, gzip }, { top = Infinity } = {}) {
  const header = ['Module', 'Bytes', 'Share', 'Gzip cost'];
  const line = (r) => [r.module, bytes(r.raw), share(r.raw, raw), bytes(r.gzipCost)];
  const shown = rows.slice(0, top);
  const rest = rows.slice(shown.length);
  const restLine = rest.length
    ? [[`(${rest.length} smaller modules)`, bytes(rest.reduce((s, r) => s + r.raw, 0)), '', '']]
    : [];
  const total = ['Whole file', bytes(raw), '100 %', `${bytes(gzip)} (${kb(gzip)}) gzipped`];
  const right = { right: [1, 2, 3] };
  return {
    areas: formatTable(
      ['Package or folder', 'Bytes', 'Share', 'Gzip cost'],
      [...areas.map(line), total],
      right,
    ),
    modules: formatTable(header, [...shown.map(line), ...restLine, total], right),
  };
}

export const MODULE_NOTE =
  'Bytes are of the minified `background.js`, charged to the source each stretch of it maps to ' +
  "(the build's own source map, SOURCEMAP=1). Gzip cost is what a module adds to the gzipped file: " +
  'the gzip size of the whole minus that of the file without its code. Costs add up to less than ' +
  'the whole, because gzip also finds repeats across modules.';

// `npm run bench:sizes [-- --no-build]`
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!process.argv.includes('--no-build')) {
    const built = spawnSync('npx', ['wxt', 'build'], {
      env: { ...process.env, SOURCEMAP: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  const result = await backgroundModules(resolve('.output/chrome-mv3'));
  const tables = moduleTables(result);
  console.log(`Background (.output/chrome-mv3) by package or folder:\n\n${tables.areas}\n`);
  console.log(`By module:\n\n${tables.modules}\n\n${MODULE_NOTE}`);
}
