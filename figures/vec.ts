// Small 3-D vector and rotation helpers for the figure renderer. A matrix is stored as its three
// columns, the local x, y and z axes written in the parent's coordinates, so `apply` reads as
// "this local offset, in the parent's space".

export type Vec = readonly [number, number, number];
export type Mat = readonly [Vec, Vec, Vec];

export const add = (a: Vec, b: Vec): Vec => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec, b: Vec): Vec => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec, k: number): Vec => [a[0] * k, a[1] * k, a[2] * k];
export const dot = (a: Vec, b: Vec): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: Vec, b: Vec): Vec => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const length = (a: Vec): number => Math.sqrt(dot(a, a));
export const normalize = (a: Vec): Vec => {
  const l = length(a);
  return l === 0 ? [0, 0, 0] : scale(a, 1 / l);
};
export const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;

export const IDENTITY: Mat = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
];

/** The local vector `v` in the parent's coordinates. */
export const apply = (m: Mat, v: Vec): Vec =>
  add(add(scale(m[0], v[0]), scale(m[1], v[1])), scale(m[2], v[2]));

/** The parent-space vector `v` in `m`'s local coordinates (m is a rotation, so its inverse is its transpose). */
export const unapply = (m: Mat, v: Vec): Vec => [dot(m[0], v), dot(m[1], v), dot(m[2], v)];

/** `a` then `b` in `a`'s local frame: the frame of a child rotated by `b` inside a parent `a`. */
export const compose = (a: Mat, b: Mat): Mat => [apply(a, b[0]), apply(a, b[1]), apply(a, b[2])];

const RAD = Math.PI / 180;
export const toDeg = (radians: number): number => radians / RAD;

/** Positive angles tip the y axis toward +z (about x), +z toward +x (about y), +y toward -x (about z). */
export function rotX(deg: number): Mat {
  const c = Math.cos(deg * RAD);
  const s = Math.sin(deg * RAD);
  return [
    [1, 0, 0],
    [0, c, s],
    [0, -s, c],
  ];
}
export function rotY(deg: number): Mat {
  const c = Math.cos(deg * RAD);
  const s = Math.sin(deg * RAD);
  return [
    [c, 0, -s],
    [0, 1, 0],
    [s, 0, c],
  ];
}
export function rotZ(deg: number): Mat {
  const c = Math.cos(deg * RAD);
  const s = Math.sin(deg * RAD);
  return [
    [c, s, 0],
    [-s, c, 0],
    [0, 0, 1],
  ];
}
