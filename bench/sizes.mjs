// Size figures: each page's JavaScript and CSS (the scripts its HTML loads plus their static
// imports, followed through the chunks), raw and gzip, and the store zips.

import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipBytes = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** Absolute asset paths (inside the build) referenced by an HTML page. */
function htmlAssets(html) {
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  const preloads = [
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((m) => m[1]);
  const styles = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)].map(
    (m) => m[1],
  );
  // CSS a page carries inline (the popup's, so its first paint waits for no file).
  const inlineStyles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  return { scripts: [...scripts, ...preloads], styles, inlineStyles };
}

/** Static imports of a minified ES module: `import"./x.js"`, `from"./x.js"`. */
function staticImports(code) {
  return [...code.matchAll(/(?:\bimport|\bfrom)\s*["'`]([^"'`]+\.js)["'`]/g)].map((m) => m[1]);
}

/** Dynamic imports with a literal path: `import("./x.js")`, `import(\`./x.js\`)`. */
function dynamicImports(code) {
  return [...code.matchAll(/\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1]);
}

/**
 * The figure renderer (figures/figure-loader.ts, emitted at a fixed path by
 * build/figure-renderer-chunk.ts): pages load it with a script tag once a stretch is on screen,
 * so it is not part of what a page loads as it opens; it is counted on its own.
 */
const FIGURE_RENDERER = 'figures/renderer.js';
const isFigureRenderer = (file) => file === FIGURE_RENDERER;

/**
 * Every JS file a page loads as it opens (build-relative paths): its entry scripts, what they
 * import dynamically themselves (an entry that loads the app after a first step), and everything
 * all of those import statically. Dynamic imports deeper down load on demand and are not counted,
 * nor is the figure renderer.
 */
async function jsClosure(buildDir, entries) {
  const seen = new Set();
  const queue = entries.map((file) => ({ file, entry: true }));
  while (queue.length > 0) {
    const { file: path, entry } = queue.shift();
    const file = posix.normalize(path.replace(/^\//, ''));
    if (seen.has(file) || isFigureRenderer(file)) continue;
    seen.add(file);
    const code = await readFile(join(buildDir, file), 'utf8');
    const specs = [...staticImports(code), ...(entry ? dynamicImports(code) : [])];
    for (const spec of specs) {
      if (spec.startsWith('.') || spec.startsWith('/')) {
        const next = spec.startsWith('/') ? spec : posix.join(posix.dirname(file), spec);
        queue.push({ file: next, entry: false });
      }
    }
  }
  return [...seen];
}

async function measureFiles(buildDir, files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const buffer = await readFile(join(buildDir, file));
    raw += buffer.length;
    gzip += gzipBytes(buffer);
  }
  return { files, raw, gzip };
}

/** Bytes of pieces of text (inline styles), raw and gzip, each piece on its own. */
function measureTexts(texts) {
  const buffers = texts.map((text) => Buffer.from(text));
  return {
    count: texts.length,
    raw: buffers.reduce((sum, b) => sum + b.length, 0),
    gzip: buffers.reduce((sum, b) => sum + gzipBytes(b), 0),
  };
}

/** JS and CSS per page (popup, options) and for the background service worker. */
export async function measureSizes(buildDir, outputDir) {
  const manifest = JSON.parse(await readFile(join(buildDir, 'manifest.json'), 'utf8'));
  const pages = {};
  for (const name of ['popup', 'options']) {
    const html = await readFile(join(buildDir, `${name}.html`), 'utf8');
    const { scripts, styles, inlineStyles } = htmlAssets(html);
    const linked = await measureFiles(
      buildDir,
      styles.map((s) => s.replace(/^\//, '')),
    );
    pages[name] = {
      js: await measureFiles(buildDir, await jsClosure(buildDir, scripts)),
      css: { ...linked, inline: measureTexts(inlineStyles) },
    };
  }
  const worker = manifest.background?.service_worker;
  pages.background = {
    js: await measureFiles(buildDir, await jsClosure(buildDir, worker ? [worker] : [])),
    css: { files: [], raw: 0, gzip: 0 },
  };
  const figures = await measureFigures(buildDir);
  const zips = [];
  // The zips of this build's version only: .output keeps those of earlier versions too.
  const ofThisVersion = (n) => n.endsWith('.zip') && n.includes(`-${manifest.version}-`);
  for (const name of (await readdir(outputDir)).filter(ofThisVersion).sort()) {
    zips.push({ name, bytes: (await stat(join(outputDir, name))).size });
  }
  return { pages, figures, zips, buildDir: dirname(buildDir) };
}

/**
 * The figures: the renderer chunk, and each entry's pose chunk (what the renderer imports
 * dynamically), raw and gzip. Null when the build has no figures.
 */
async function measureFigures(buildDir) {
  let code;
  try {
    code = await readFile(join(buildDir, FIGURE_RENDERER), 'utf8');
  } catch {
    return null;
  }
  const renderer = await measureFiles(buildDir, [FIGURE_RENDERER]);
  const poses = [];
  for (const spec of dynamicImports(code)) {
    const file = posix.join(posix.dirname(FIGURE_RENDERER), spec);
    const id = posix.basename(file).replace(/-[\w-]{8}\.js$/, '');
    poses.push({ id, ...(await measureFiles(buildDir, [file])) });
  }
  const sum = (key) => poses.reduce((total, pose) => total + pose[key], 0);
  return { renderer, poses, posesRaw: sum('raw'), posesGzip: sum('gzip') };
}
