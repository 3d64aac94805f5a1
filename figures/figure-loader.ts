import { drawFigure } from './figure-dom';
import { mirrorWords } from './mirror-words';
import type { FigureSpec } from './pose-types';

// Loaded on demand by the pages (never by the background): the renderer, and a map from entry id
// to that entry's pose file, itself a chunk of its own, so a page fetches only what it shows.

const POSES = import.meta.glob<{ figure: FigureSpec }>('./poses/*.ts');

/** The figure for a library entry, or null when it has none. */
export async function loadPose(id: string): Promise<FigureSpec | null> {
  const load = POSES[`./poses/${id}.ts`];
  return load ? (await load()).figure : null;
}

export interface FigureRequest {
  id: string;
  side: 1 | 2;
  playKey: string | number | null;
  caption: boolean;
}

const latest = new WeakMap<HTMLElement, FigureRequest>();

/** Fills `host` (a <figure>) with the entry's picture and, if asked, its side definition. */
export async function showFigure(host: HTMLElement, request: FigureRequest): Promise<void> {
  latest.set(host, request);
  const spec = await loadPose(request.id);
  // A newer request (another stretch, the other side) may have come in while this one loaded.
  if (latest.get(host) !== request) return;
  if (!spec) {
    host.replaceChildren();
    return;
  }
  let picture = host.querySelector<HTMLElement>(':scope > .figure-picture');
  if (!picture || picture.dataset.id !== request.id) {
    picture = document.createElement('div');
    picture.className = 'figure-picture';
    picture.dataset.id = request.id;
    host.replaceChildren(picture);
  }
  drawFigure(picture, spec, request.side, request.playKey);
  const words = request.caption ? spec.sideDefinition : undefined;
  let caption = host.querySelector('figcaption');
  if (!words) caption?.remove();
  else {
    caption ??= host.appendChild(document.createElement('figcaption'));
    caption.textContent = request.side === 2 ? mirrorWords(words) : words;
  }
}

// Loaded as a module script by the pages (components/StretchFigure.tsx): its entry point, under
// the name in renderer-path.ts (not imported, so no code is shared with a page's own chunks).
(globalThis as Record<string, unknown>).standUpFigures = { showFigure };
