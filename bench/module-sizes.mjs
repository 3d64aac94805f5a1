// Bytes per source module of a built bundle, from its source map (a build with SOURCEMAP=1):
// every mapped stretch of the generated file, from one mapping to the next, is charged to the
// source it maps to. Shows where a bundle's bytes go without trusting any plugin's idea of a module.

import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = Object.fromEntries([...BASE64].map((c, i) => [c, i]));
export const GLUE = '(bundler glue, unmapped)';

/** Decodes one segment of Base64 VLQ numbers (the source map v3 `mappings` encoding). */
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT[char];
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Per generated line, its segments in order: { column, source } (source -1 when unmapped). */
function segmentsByLine(map) {
  let source = 0;
  return map.mappings.split(';').map((line) => {
    let column = 0;
    const out = [];
    for (const text of line.split(',')) {
      if (!text) continue;
      const [dColumn, dSource] = decodeSegment(text);
      column += dColumn;
      if (dSource !== undefined) source += dSource;
      out.push({ column, source: dSource === undefined ? -1 : source });
    }
    return out;
  });
}

/** `../../node_modules/pkg/dist/a.js` → `npm: pkg/dist/a.js`; `../../core/a.ts` → `core/a.ts`. */
export function moduleName(path) {
  const parts = path.split('node_modules/');
  if (parts.length > 1) return `npm: ${parts.at(-1)}`;
  return path.replace(/^(\.\.\/)+/, '').replace(/^\.\//, '');
}

/** What a module belongs to: its npm package, or its top-level folder. */
export function moduleArea(name) {
  if (name.startsWith('npm: ')) {
    const [scope, pkg] = name.slice(5).split('/');
    return scope.startsWith('@') ? `npm: ${scope}/${pkg}` : `npm: ${scope}`;
  }
  return name === GLUE ? GLUE : `${name.split('/')[0]}/`;
}

/**
 * The generated code of `jsFile` split by source module: Map(module → array of code pieces). The
 * `sourceMappingURL` comment is left out: it is not there in a build without SOURCEMAP=1.
 */
export async function piecesPerModule(jsFile) {
  const code = await readFile(jsFile, 'utf8');
  const map = JSON.parse(await readFile(`${jsFile}.map`, 'utf8'));
  const byLine = segmentsByLine(map);
  const pieces = new Map();
  const charge = (source, text) => {
    if (!text) return;
    const name = source < 0 ? GLUE : moduleName(map.sources[source]);
    pieces.set(name, [...(pieces.get(name) ?? []), text]);
  };
  const lines = code.split('\n');
  lines.forEach((text, index) => {
    if (text.startsWith('//# sourceMappingURL=')) return;
    const here = byLine[index] ?? [];
    charge(-1, text.slice(0, here[0]?.column ?? text.length));
    here.forEach((segment, i) => {
      charge(segment.source, text.slice(segment.column, here[i + 1]?.column ?? text.length));
    });
    if (index < lines.length - 1) charge(-1, '\n');
  });
  return pieces;
}

const gzipBytes = (text) => gzipSync(text, { level: 9 }).length;

/**
 * Bytes per module (or per area with `groupBy`), largest first: raw, and `gzipCost`, what the
 * module adds to the gzip size of the whole file (the file's gzip size minus that of the file
 * without the module's code). Costs add up to less than the whole, since gzip finds repeats across
 * modules; the whole file's figures come with them.
 */
export function bytesPerModule(pieces, groupBy = (name) => name) {
  const groups = new Map();
  for (const name of pieces.keys()) {
    const key = groupBy(name);
    groups.set(key, [...(groups.get(key) ?? []), name]);
  }
  const allText = (skip) =>
    [...pieces]
      .filter(([name]) => !skip.has(name))
      .flatMap(([, texts]) => texts)
      .join('');
  const whole = allText(new Set());
  const wholeGzip = gzipBytes(whole);
  const rows = [...groups].map(([key, names]) => ({
    module: key,
    modules: names.length,
    raw: names.reduce((sum, n) => sum + Buffer.byteLength(pieces.get(n).join('')), 0),
    gzipCost: wholeGzip - gzipBytes(allText(new Set(names))),
  }));
  rows.sort((a, b) => b.raw - a.raw);
  return { rows, raw: Buffer.byteLength(whole), gzip: wholeGzip };
}
