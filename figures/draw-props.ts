import type { Skeleton } from './body-model';
import type { Camera } from './camera';
import { el, type Layer } from './el';
import type { Prop } from './pose-types';
import { pointOf } from './resolve-pose';
import { box, cylinder, depthOf, flat, post } from './solids';
import { capsulePath, circlePath, convexHull, polygonPath } from './svg-paths';
import { add, apply, normalize, rotY, scale, sub, type Vec } from './vec';

// The setting, drawn in the same space as the body: floor, mat, chair, desk, wall, step or bench,
// foam roller, band and weights. Furniture sits behind the body; what the body holds or lies on
// is sorted with it by depth.

export const SEAT_HEIGHT = 26;
export const DESK_HEIGHT = 42;
const BEHIND = -1e6;

/** The floor area under the body, in world x and z. */
export interface Footprint {
  minX: number;
  maxX: number;
  minZ: number;
  maxZ: number;
}

function chair(cam: Camera, x: number, z: number, yaw: number): Layer[] {
  const o: Vec = [x, 0, z];
  const f = rotY(yaw);
  const at = (p: Vec) => add(o, apply(f, p));
  const legs = [-10.5, 10.5].flatMap((lx) =>
    [-9.5, 9.5].map((lz) => post(cam, at([lx, 0, lz]), at([lx, SEAT_HEIGHT - 2, lz]), 0.9)),
  );
  const back = [-10.5, 10.5].map((lx) =>
    post(cam, at([lx, SEAT_HEIGHT, -9.5]), at([lx, SEAT_HEIGHT + 24, -10.5]), 0.9),
  );
  return [
    ...legs,
    ...back,
    box(cam, o, yaw, [-12, SEAT_HEIGHT - 2.5, -11], [12, SEAT_HEIGHT, 11], 'fig-prop'),
    box(cam, o, yaw, [-12, SEAT_HEIGHT + 14, -11.5], [12, SEAT_HEIGHT + 24, -10], 'fig-prop'),
  ];
}

function desk(cam: Camera, x: number, z: number, yaw: number): Layer[] {
  const o: Vec = [x, 0, z];
  const f = rotY(yaw);
  const at = (p: Vec) => add(o, apply(f, p));
  const legs = [-28, 28].flatMap((lx) =>
    [-13, 13].map((lz) => post(cam, at([lx, 0, lz]), at([lx, DESK_HEIGHT - 2, lz]), 1)),
  );
  return [
    ...legs,
    box(cam, o, yaw, [-30, DESK_HEIGHT - 2.5, -15], [30, DESK_HEIGHT, 15], 'fig-prop'),
  ];
}

/** Flat ground: a rectangle on y = 0 round the footprint (a line when seen edge-on). */
function ground(cam: Camera, area: Footprint, margin: number, cls: string): Layer {
  const quad: Vec[] = [
    [area.minX - margin, 0, area.minZ - margin],
    [area.maxX + margin, 0, area.minZ - margin],
    [area.maxX + margin, 0, area.maxZ + margin],
    [area.minX - margin, 0, area.maxZ + margin],
  ];
  return {
    depth: BEHIND,
    els: [el('path', { d: polygonPath(convexHull(quad.map((p) => flat(cam, p)))), class: cls })],
  };
}

function wall(cam: Camera, x: number, z: number, yaw: number, area: Footprint): Layer {
  const along = apply(rotY(yaw), [1, 0, 0]);
  const span = Math.max(area.maxX - area.minX, area.maxZ - area.minZ) / 2 + 14;
  const o: Vec = [x, 0, z];
  const quad = [-span, span].flatMap((s) =>
    [0, 72].map((h) => add(add(o, scale(along, s)), [0, h, 0])),
  );
  return {
    depth: BEHIND + 1,
    els: [
      el('path', { d: polygonPath(convexHull(quad.map((p) => flat(cam, p)))), class: 'fig-wall' }),
    ],
  };
}

/** Layers for the setting. `body` is the pose being drawn (bands and weights move with it). */
export function drawProps(
  props: readonly Prop[],
  cam: Camera,
  body: Skeleton,
  area: Footprint,
): Layer[] {
  const layers: Layer[] = [];
  for (const prop of props) {
    switch (prop.kind) {
      case 'floor':
        layers.push(ground(cam, area, 16, 'fig-floor'));
        break;
      case 'mat': {
        const mat = box(
          cam,
          [0, 0, 0],
          0,
          [area.minX - 5, 0, area.minZ - 5],
          [area.maxX + 5, 1, area.maxZ + 5],
          'fig-mat',
        );
        layers.push({ ...mat, depth: BEHIND + 2 });
        break;
      }
      case 'chair':
        layers.push(
          ...chair(cam, prop.at[0], prop.at[1], prop.yaw ?? 0).map((l) => ({
            ...l,
            depth: BEHIND + 10 + l.depth / 1000,
          })),
        );
        break;
      case 'desk':
        layers.push(
          ...desk(cam, prop.at[0], prop.at[1], prop.yaw ?? 0).map((l) => ({
            ...l,
            depth: BEHIND + 10 + l.depth / 1000,
          })),
        );
        break;
      case 'wall':
        layers.push(wall(cam, prop.at[0], prop.at[1], prop.yaw, area));
        break;
      case 'box': {
        const [w, h, d] = prop.size;
        const layer = box(
          cam,
          [prop.at[0], 0, prop.at[1]],
          prop.yaw ?? 0,
          [-w / 2, 0, -d / 2],
          [w / 2, h, d / 2],
          'fig-prop',
        );
        layers.push({ ...layer, depth: BEHIND + 10 + layer.depth / 1000 });
        break;
      }
      case 'roller':
        layers.push(cylinder(cam, prop.from, prop.to, 4.5));
        break;
      case 'band': {
        const [a, b] = prop.around.map((ref) => pointOf(body, ref)) as [Vec, Vec];
        const dir = normalize(sub(b, a));
        const ends = [sub(a, scale(dir, 3.5)), add(b, scale(dir, 3.5))].map((p) => flat(cam, p));
        layers.push({
          depth: Math.max(depthOf(cam, a), depthOf(cam, b)) + 5,
          els: [
            el('path', {
              d: `M${ends.map((p) => `${p[0].toFixed(1)} ${p[1].toFixed(1)}`).join('L')}`,
              class: 'fig-band',
            }),
          ],
        });
        break;
      }
      case 'weights':
        for (const side of ['r', 'l'] as const) {
          const hand = body.points[`${side}Wrist`];
          const across = apply(body.frames[`${side}Forearm`], [1, 0, 0]);
          const grip = add(hand, scale(apply(body.frames[`${side}Forearm`], [0, -1, 0]), 3));
          const [p, q] = [add(grip, scale(across, -6)), add(grip, scale(across, 6))];
          layers.push({
            depth: depthOf(cam, grip) + 3,
            els: [
              el('path', { d: capsulePath(flat(cam, p), 1, flat(cam, q), 1), class: 'fig-prop' }),
              el('path', { d: circlePath(flat(cam, p), 3.2), class: 'fig-prop' }),
              el('path', { d: circlePath(flat(cam, q), 3.2), class: 'fig-prop' }),
            ],
          });
        }
        break;
    }
  }
  return layers;
}
