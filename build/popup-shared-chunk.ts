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

/**
 * Puts every module the popup shares with another page into one chunk. Left to itself the
 * bundler makes a chunk for each set of pages that share code, and with five pages the popup
 * would load five small files, each gzipped on its own (about 1 KB of its 20 KB budget more
 * than one file). Modules only the other pages share are split as before; the figure renderer
 * (an entry of its own, loaded on demand) keeps what it imports.
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
                return pages.has('popup') && pages.size > 1 && !pages.has('other')
                  ? 'popup-shared'
                  : null;
              },
            },
          ],
        },
      } as typeof options;
    },
  };
}
