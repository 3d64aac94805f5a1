import { useEffect, useRef } from 'preact/hooks';

// The picture of an entry, with what "right side" means under it. The renderer and the entry's
// pose load on demand and draw into this element, so a page's first script carries only this
// frame; it stays empty (and hidden) until they arrive, or when an entry has no figure.

interface StretchFigureProps {
  id: string;
  /** 1 for the right side (as written), 2 for the left (the mirror image). */
  side?: 1 | 2 | undefined;
  /** Changes when a hold begins, to play the movement into the pose. */
  playKey?: string | number | null | undefined;
  /** Show what "right side" means (for side two, "left side") under the figure. */
  caption?: boolean;
}

export function StretchFigure({
  id,
  side = 1,
  playKey = null,
  caption = false,
}: StretchFigureProps) {
  const host = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = host.current;
    if (element)
      void import('../figures/figure-loader').then((m) =>
        m.showFigure(element, { id, side, playKey, caption }),
      );
  }, [id, side, playKey, caption]);
  return <figure ref={host} class="stretch-figure" data-figure={id} />;
}
