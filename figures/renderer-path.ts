// The figure renderer is built as a module of its own (build/figure-renderer-chunk.ts) that a page
// loads with a script tag; once run, it leaves its entry point on the page's global object.

/** Where the build puts the renderer (figures/figure-loader.ts), from the extension's root. */
export const FIGURE_RENDERER_PATH = '/figures/renderer.js';
/** The global the renderer sets when it has loaded. */
export const FIGURE_RENDERER_GLOBAL = 'standUpFigures';
