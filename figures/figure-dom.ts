import type { El } from './el';
import { mirrorWords } from './mirror-words';
import type { FigureSpec } from './pose-types';
import { type PreparedFigure, prepareFigure, renderFigure } from './render-figure';

// Draws a figure into a page element with the DOM's own SVG API (no framework, no markup
// strings), and plays its movement: still (the end pose over faint earlier poses), or easing
// from the start pose to the end pose each time `playKey` changes, unless the user asks for
// reduced motion.

const SVG = 'http://www.w3.org/2000/svg';
const EASE_MS = 1600;
const ease = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

function build(node: El): SVGElement {
  const element = document.createElementNS(SVG, node.tag);
  for (const [name, value] of Object.entries(node.attrs)) element.setAttribute(name, String(value));
  for (const child of node.children ?? []) element.append(build(child));
  return element;
}

interface Shown {
  spec: FigureSpec;
  figure: PreparedFigure;
  side: 1 | 2;
  playKey: string | number | null;
  frame: number;
}
const shown = new WeakMap<Element, Shown>();
let count = 0;

function paint(host: Element, state: Shown, t: number) {
  const tree = renderFigure(state.figure, { t, side: state.side, idPrefix: host.id });
  const svg = build(tree);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', state.side === 2 ? mirrorWords(state.spec.alt) : state.spec.alt);
  svg.dataset.moving = t < 1 ? 'yes' : 'no';
  host.replaceChildren(svg);
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Shows `spec` in `host` for `side`; a new `playKey` (not null) plays the movement once. */
export function drawFigure(
  host: HTMLElement,
  spec: FigureSpec,
  side: 1 | 2,
  playKey: string | number | null,
): void {
  host.id ||= `figure-${++count}`;
  let state = shown.get(host);
  if (state && state.spec === spec && state.side === side && state.playKey === playKey) return;
  if (state) cancelAnimationFrame(state.frame);
  const figure = state?.spec === spec ? state.figure : prepareFigure(spec);
  state = { spec, figure, side, playKey, frame: 0 };
  shown.set(host, state);
  if (playKey === null || reducedMotion()) {
    paint(host, state, 1);
    return;
  }
  const current = state;
  const start = performance.now();
  const tick = (now: number) => {
    // The page took the figure away: stop.
    if (!host.isConnected) return;
    const linear = Math.min(1, (now - start) / EASE_MS);
    paint(host, current, ease(linear));
    if (linear < 1) current.frame = requestAnimationFrame(tick);
  };
  paint(host, current, 0);
  current.frame = requestAnimationFrame(tick);
}
