import type { View } from './pose-types';
import { cross, dot, normalize, type Vec } from './vec';

// An orthographic camera circling the body: no perspective, so sizes read the same near and far.

export interface Camera {
  readonly right: Vec;
  readonly up: Vec;
  /** From the scene toward the viewer: a larger depth is nearer. */
  readonly toViewer: Vec;
}

export function camera(view: View): Camera {
  const a = (view.azimuth * Math.PI) / 180;
  const e = ((view.elevation ?? 0) * Math.PI) / 180;
  const toViewer: Vec = [Math.sin(a) * Math.cos(e), Math.sin(e), Math.cos(a) * Math.cos(e)];
  const right = normalize(cross(toViewer, [0, 1, 0]));
  return { right, up: cross(right, toViewer), toViewer };
}

/** Screen x and y (y grows downward, as in SVG) and depth. */
export const project = (cam: Camera, p: Vec): [number, number, number] => [
  dot(p, cam.right),
  -dot(p, cam.up),
  dot(p, cam.toViewer),
];
