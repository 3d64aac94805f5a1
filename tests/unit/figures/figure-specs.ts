import type { FigureSpec } from '../../../figures/pose-types';

// Every pose file, by entry id (the file's name), as the page's loader finds them.
const modules = import.meta.glob<{ figure: FigureSpec }>('../../../figures/poses/*.ts', {
  eager: true,
});

export const FIGURES: ReadonlyMap<string, FigureSpec> = new Map(
  Object.entries(modules).map(([path, module]) => [
    path.replace(/^.*\/([^/]+)\.ts$/, '$1'),
    module.figure,
  ]),
);
