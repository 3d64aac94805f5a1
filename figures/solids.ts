import { type Camera, project } from './camera';
import { el, type Layer } from './el';
import { capsulePath, convexHull, type P2, polygonPath, smoothPath } from './svg-paths';
import { add, apply, cross, normalize, rotY, scale, sub, type Vec } from './vec';

// Solid things for the setting, as flat shapes: boxes (a seat, a step, a desk top), round posts
// (chair and desk legs) and a cylinder (the foam roller).

export const flat = (cam: Camera, p: Vec): P2 => {
  const [x, y] = project(cam, p);
  return [x, y];
};
export const depthOf = (cam: Camera, p: Vec) => project(cam, p)[2];

/** A box's faces that turn toward the viewer (all a convex box shows). */
export function box(cam: Camera, origin: Vec, yaw: number, min: Vec, max: Vec, cls: string): Layer {
  const frame = rotY(yaw);
  const corner = (x: number, y: number, z: number) => add(origin, apply(frame, [x, y, z]));
  const faces: [Vec, Vec[]][] = [
    [
      [0, 1, 0],
      [
        corner(min[0], max[1], min[2]),
        corner(max[0], max[1], min[2]),
        corner(max[0], max[1], max[2]),
        corner(min[0], max[1], max[2]),
      ],
    ],
    [
      [0, -1, 0],
      [
        corner(min[0], min[1], min[2]),
        corner(max[0], min[1], min[2]),
        corner(max[0], min[1], max[2]),
        corner(min[0], min[1], max[2]),
      ],
    ],
    [
      [1, 0, 0],
      [
        corner(max[0], min[1], min[2]),
        corner(max[0], max[1], min[2]),
        corner(max[0], max[1], max[2]),
        corner(max[0], min[1], max[2]),
      ],
    ],
    [
      [-1, 0, 0],
      [
        corner(min[0], min[1], min[2]),
        corner(min[0], max[1], min[2]),
        corner(min[0], max[1], max[2]),
        corner(min[0], min[1], max[2]),
      ],
    ],
    [
      [0, 0, 1],
      [
        corner(min[0], min[1], max[2]),
        corner(max[0], min[1], max[2]),
        corner(max[0], max[1], max[2]),
        corner(min[0], max[1], max[2]),
      ],
    ],
    [
      [0, 0, -1],
      [
        corner(min[0], min[1], min[2]),
        corner(max[0], min[1], min[2]),
        corner(max[0], max[1], min[2]),
        corner(min[0], max[1], min[2]),
      ],
    ],
  ];
  const seen = faces.filter(([normal]) => {
    const n = apply(frame, normal);
    return n[0] * cam.toViewer[0] + n[1] * cam.toViewer[1] + n[2] * cam.toViewer[2] > 1e-6;
  });
  const center = corner((min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2);
  return {
    depth: depthOf(cam, center),
    els: seen.map(([, quad]) =>
      el('path', { d: polygonPath(quad.map((p) => flat(cam, p))), class: cls }),
    ),
  };
}

export function post(cam: Camera, a: Vec, b: Vec, r: number): Layer {
  return {
    depth: depthOf(cam, scale(add(a, b), 0.5)),
    els: [el('path', { d: capsulePath(flat(cam, a), r, flat(cam, b), r), class: 'fig-prop' })],
  };
}

export function cylinder(cam: Camera, from: Vec, to: Vec, r: number): Layer {
  const axis = normalize(sub(to, from));
  const u = normalize(cross(axis, Math.abs(axis[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0]));
  const w = cross(axis, u);
  const circle = (c: Vec) =>
    Array.from({ length: 20 }, (_, i) => {
      const a = (i / 20) * 2 * Math.PI;
      return add(c, add(scale(u, r * Math.cos(a)), scale(w, r * Math.sin(a))));
    });
  const near = depthOf(cam, from) > depthOf(cam, to) ? from : to;
  return {
    depth: depthOf(cam, scale(add(from, to), 0.5)),
    els: [
      el('path', {
        d: polygonPath(convexHull([...circle(from), ...circle(to)].map((p) => flat(cam, p)))),
        class: 'fig-prop',
      }),
      el('path', {
        d: smoothPath(convexHull(circle(near).map((p) => flat(cam, p)))),
        class: 'fig-prop',
      }),
    ],
  };
}
