import type { Plugin } from 'vite';

type ModuleInfo = { isEntry?: boolean; importers: readonly string[] } | null;
type Context = { getModuleInfo(id: string): ModuleInfo };

/** The pages (entrypoints/<name>/) whose static imports reach `id`, or 'other' for any other entry. */
function reachingPages(id: string, ctx: Context, memo: Map<string, Set<string>>): Set<string> {
  const known = memo.get(id);
  if (known) return known;
  const pages = new Set<string>();
  memo.set(id, pages); // a cycle adds nothing twice
  const info = ctx.getModuleInfo(id);
  const page = /[\\/]entrypoints[\\/]([^\\/]+)[\\/]index\.html$/.exec(id)?.[1];
  if (page) pages.add(page);
  else if (info?.isEntry) pages.add('other');
  for (const importer of info?.importers ?? []) {
    for (const found of reachingPages(importer, ctx, memo)) pages.add(found);
  }
  return pages;
}

/** The popup's entry: its page, and the modules that must run there alone, first (main.tsx). */
const POPUP_ENTRY = /[\\/]entrypoints[\\/]popup[\\/](index\.html|main\.tsx|first-read\.ts)$/;

/**
 * Puts every module the popup loads, bar its entry, into one chunk. Left to itself the bundler
 * makes a chunk for each set of pages that share code, and with five pages the popup would load
 * five small files, each gzipped on its own (about 1 KB of its 20 KB budget more than one file).
 * The popup's own modules go in too: kept in its entry, they would import some 45 names from this
 * chunk (about 0.6 KB gzip of the budget in import and export lists). The other pages load them
 * without using them (their top level only declares, and reads the address), about 5 KB gzip each,
 * with no budget to hold. The entry stays apart, so no other page runs it. Modules only the other
 * pages share are split as before; the figure renderer (an entry of its own, loaded on demand)
 * keeps what it imports.
 */
export function popupSharedChunk(): Plugin {
  return {
    name: 'popup-shared-chunk',
    apply: 'build',
    outputOptions(options) {
      const memo = new Map<string, Set<string>>();
      return {
        ...options,
        codeSplitting: {
          groups: [
            {
              name: (id: string, ctx: Context) => {
                const pages = reachingPages(id, ctx, memo);
                if (POPUP_ENTRY.test(id)) return null;
                return pages.has('popup') && !pages.has('other') ? 'popup-shared' : null;
              },
            },
          ],
        },
      } as typeof options;
    },
  };
}
