import type { Angles } from './body-model';
import { skeleton } from './body-model';
import { bodyParts } from './body-shapes';
import { type Camera, camera } from './camera';
import { drawBody } from './draw-body';
import { drawProps, type Footprint } from './draw-props';
import { byDepth, type El, el } from './el';
import type { FigureSpec } from './pose-types';
import { between, type ResolvedPose, resolvePose } from './resolve-pose';
import { num } from './svg-paths';

// One figure: the setting, faint copies of the earlier key poses, and the body at a point of its
// movement, fitted to a view box that holds the whole movement so nothing jumps as it plays.

export interface PreparedFigure {
  readonly spec: FigureSpec;
  readonly keys: readonly ResolvedPose[];
  readonly cam: Camera;
  readonly area: Footprint;
  /** minX, minY, width, height. */
  readonly box: readonly [number, number, number, number];
}

export interface FrameOptions {
  /** 0 = the first key pose, 1 = the last. */
  readonly t: number;
  /** Side two is the mirror image of side one. */
  readonly side: 1 | 2;
  /** A prefix unique on the page, for the highlights' clip paths. */
  readonly idPrefix: string;
}

/** The angles a fraction `t` of the way through the key poses. */
export function poseAt(keys: readonly ResolvedPose[], t: number): Angles {
  const span = keys.length - 1;
  const at = Math.min(span, Math.max(0, t * span));
  const index = Math.min(span - 1, Math.floor(at));
  return between(keys[index] as ResolvedPose, keys[index + 1] as ResolvedPose, at - index);
}

/** The floor under the body and the furniture, over the whole movement. */
function footprint(keys: readonly ResolvedPose[], props: FigureSpec['props']): Footprint {
  const area = { minX: Infinity, maxX: -Infinity, minZ: Infinity, maxZ: -Infinity };
  for (const prop of props) {
    if (prop.kind !== 'chair' && prop.kind !== 'desk' && prop.kind !== 'box') continue;
    // A furniture's half-size, roughly: enough to stand its legs on the floor drawn.
    const reach = prop.kind === 'desk' ? 24 : 10;
    area.minX = Math.min(area.minX, prop.at[0] - reach);
    area.maxX = Math.max(area.maxX, prop.at[0] + reach);
    area.minZ = Math.min(area.minZ, prop.at[1] - reach);
    area.maxZ = Math.max(area.maxZ, prop.at[1] + reach);
  }
  for (const key of keys) {
    for (const part of bodyParts(skeleton(key.angles))) {
      const points =
        part.kind === 'capsule'
          ? [part.a, part.b]
          : part.kind === 'head'
            ? [part.center]
            : part.points;
      for (const [x, , z] of points) {
        area.minX = Math.min(area.minX, x);
        area.maxX = Math.max(area.maxX, x);
        area.minZ = Math.min(area.minZ, z);
        area.maxZ = Math.max(area.maxZ, z);
      }
    }
  }
  return area;
}

/** The end points of a path's commands (arcs by their end), enough to bound a drawing. */
function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  for (const [, command, args] of d.matchAll(/([MLQA])([^MLQAZ]*)/g)) {
    const n = (args ?? '')
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    const step = command === 'A' ? 7 : 2;
    for (let i = 0; i + step <= n.length; i += step)
      points.push([n[i + step - 2] as number, n[i + step - 1] as number]);
  }
  return points;
}

function layersAt(figure: Omit<PreparedFigure, 'box'>, angles: Angles, idPrefix: string | null) {
  const body = drawBody(angles, figure.cam, figure.spec.highlight, idPrefix);
  const props = drawProps(figure.spec.props, figure.cam, skeleton(angles), figure.area);
  return { layers: [...props, ...body.layers], defs: body.defs };
}

export function prepareFigure(spec: FigureSpec): PreparedFigure {
  const keys = spec.poses.map(resolvePose);
  const partial = { spec, keys, cam: camera(spec.view), area: footprint(keys, spec.props) };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  // Bounds over the whole movement, from samples between the key poses.
  for (let i = 0; i <= 4; i++) {
    for (const element of byDepth(layersAt(partial, poseAt(keys, i / 4), null).layers)) {
      for (const [x, y] of pathPoints(String(element.attrs.d ?? ''))) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    }
  }
  const pad = 7;
  return {
    ...partial,
    box: [minX - pad, minY - pad, maxX - minX + 2 * pad, maxY - minY + 2 * pad],
  };
}

/** The figure as an SVG element tree (without its accessible name, which the page adds). */
export function renderFigure(figure: PreparedFigure, options: FrameOptions): El {
  const [x, y, w, h] = figure.box;
  const main = layersAt(figure, poseAt(figure.keys, options.t), options.idPrefix);
  const ghosts = figure.keys
    .slice(0, -1)
    .map((key) =>
      el('g', { class: 'fig-ghost' }, byDepth(drawBody(key.angles, figure.cam, [], null).layers)),
    );
  const props = main.layers.filter((layer) => layer.depth < -1e5);
  const rest = main.layers.filter((layer) => layer.depth >= -1e5);
  const mirror: Record<string, string> =
    options.side === 2 ? { transform: `matrix(-1 0 0 1 ${num(2 * x + w)} 0)` } : {};
  return el(
    'svg',
    { viewBox: [x, y, w, h].map(num).join(' '), class: 'figure', 'data-side': options.side },
    [el('defs', {}, main.defs), el('g', mirror, [...byDepth(props), ...ghosts, ...byDepth(rest)])],
  );
}
