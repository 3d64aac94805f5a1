import type { Plugin, Rollup } from 'vite';

// A stylesheet link holds a page's first paint until the file has been fetched, and in an extension
// each fetch is a round trip through the browser process. The popup opens often and must paint at
// once, so its CSS (about 2 KB gzip) goes into popup.html itself. The file stays in the build: the
// other pages link the same stylesheet (the popup's modules are in a chunk they share, see
// popup-shared-chunk.ts). Extension pages' content security policy restricts scripts, not styles.

const LINK = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;
const HREF = /\bhref="\/?([^"]+)"/;

/**
 * `html` with every stylesheet link whose file `readCss` knows replaced by a `<style>` holding
 * it, and the files inlined. Throws on a linked file it cannot find, rather than ship a page
 * without its styles.
 */
export function inlineStylesheets(
  html: string,
  readCss: (file: string) => string | undefined,
): { html: string; inlined: string[] } {
  const inlined: string[] = [];
  const out = html.replace(LINK, (link) => {
    const file = link.match(HREF)?.[1];
    const css = file === undefined ? undefined : readCss(file);
    if (file === undefined || css === undefined) {
      throw new Error(`inline-page-css: no stylesheet in the build for ${link}`);
    }
    inlined.push(file);
    // "</style" inside the CSS would end the element early; minified CSS never holds it.
    if (/<\/style/i.test(css)) throw new Error(`inline-page-css: ${file} contains "</style"`);
    return `<style>${css}</style>`;
  });
  return { html: out, inlined };
}

/** Inlines the stylesheets of the pages whose entry folder is one of `pages` (e.g. `popup`). */
export function inlinePageCss(pages: readonly string[]): Plugin {
  const isPage = (path: string) =>
    pages.some((page) => new RegExp(`[\\\\/]entrypoints[\\\\/]${page}[\\\\/]`).test(path));
  return {
    name: 'inline-page-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle as Rollup.OutputBundle | undefined;
        if (!bundle || !isPage(ctx.filename)) return html;
        const asset = (file: string) => {
          const found = bundle[file];
          return found?.type === 'asset' ? (found as Rollup.OutputAsset) : undefined;
        };
        return inlineStylesheets(html, (file) => {
          const source = asset(file)?.source;
          return typeof source === 'string' ? source : source && Buffer.from(source).toString();
        }).html;
      },
    },
  };
}
