import { useEffect, useRef, useState } from 'preact/hooks';
import { FIGURE_RENDERER_GLOBAL, FIGURE_RENDERER_PATH } from '../figures/renderer-path';

// The picture of an entry, with what "right side" means under it. The renderer and the entry's
// pose load on demand and draw into this element, so a page's first script carries only this
// frame; it stays empty (and hidden) until they arrive, or when an entry has no figure.

type Renderer = Pick<typeof import('../figures/figure-loader'), 'showFigure'>;
const loaded = () =>
  (globalThis as Record<string, unknown>)[FIGURE_RENDERER_GLOBAL] as Renderer | undefined;
let loading: Promise<Renderer> | null = null;

/**
 * The renderer, loaded once per page by a module script tag. Not an `import()`: Vite wraps each of
 * those in its preload helper, which would cost the popup's first script 0.9 KB gzip.
 */
function loadRenderer(): Promise<Renderer> {
  loading ??= new Promise<Renderer>((resolve, reject) => {
    const ready = loaded();
    if (ready) return resolve(ready);
    const script = document.createElement('script');
    script.type = 'module';
    script.src = FIGURE_RENDERER_PATH;
    script.onload = () => {
      const renderer = loaded();
      if (renderer) resolve(renderer);
      else reject(new Error('the figure renderer did not start'));
    };
    script.onerror = () => reject(new Error('the figure renderer did not load'));
    document.head.append(script);
  }).catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

interface StretchFigureProps {
  id: string;
  /** 1 for the right side (as written), 2 for the left (the mirror image). */
  side?: 1 | 2 | undefined;
  /** Changes when a hold begins, to play the movement into the pose. */
  playKey?: string | number | null | undefined;
  /** Show what "right side" means (for side two, "left side") under the figure. */
  caption?: boolean;
  /** Draw only once scrolled near (a long list: 46 figures at once would cost the page a second). */
  lazy?: boolean;
}

/** True once `element` comes within a screen of the viewport (at once where that cannot be told). */
function useNearView(element: { current: Element | null }, watch: boolean): boolean {
  const [near, setNear] = useState(!watch || typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (near || !element.current) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element.current);
    return () => observer.disconnect();
  }, [near, element]);
  return near;
}

export function StretchFigure({
  id,
  side = 1,
  playKey = null,
  caption = false,
  lazy = false,
}: StretchFigureProps) {
  const host = useRef<HTMLElement>(null);
  const near = useNearView(host, lazy);
  useEffect(() => {
    const element = host.current;
    // A figure that cannot load leaves the card as it was: the words still say it all.
    if (element && near) {
      loadRenderer()
        .then((m) => m.showFigure(element, { id, side, playKey, caption }))
        .catch(() => undefined);
    }
  }, [id, side, playKey, caption, near]);
  return (
    <figure ref={host} class={lazy ? 'stretch-figure lazy' : 'stretch-figure'} data-figure={id} />
  );
}
