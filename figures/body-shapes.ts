import type { PointName, SegmentName, Side, Skeleton } from './body-model';
import { add, apply, type Mat, normalize, scale, type Vec } from './vec';

// The body's solid shapes for a skeleton: tapered capsules for limbs and the neck, two hulls for
// the torso (so it looks wider from the front than from the side), and a head with a hair cap
// that shows which way the face turns.

export interface Capsule {
  readonly kind: 'capsule';
  readonly name: SegmentName | 'neck' | `${Side}Hand`;
  readonly side: Side | null;
  readonly a: Vec;
  readonly b: Vec;
  readonly ra: number;
  readonly rb: number;
  /** The segment's frame, for placing a highlight on its front, back or sides. */
  readonly frame: Mat;
}
export interface Hull {
  readonly kind: 'hull';
  readonly name: 'pelvis' | 'chest';
  readonly side: null;
  readonly points: readonly Vec[];
  readonly frame: Mat;
  readonly center: Vec;
}
export interface Head {
  readonly kind: 'head';
  readonly name: 'head';
  readonly side: null;
  readonly center: Vec;
  readonly r: number;
  /** The hair cap's middle, a unit direction from the centre. */
  readonly hair: Vec;
}
export type BodyPart = Capsule | Hull | Head;

const RING_STEPS = 14;
/** Points round an ellipse of half-width `w` (sideways) and half-depth `d` at height `y`. */
function ring(frame: Mat, origin: Vec, y: number, w: number, d: number, dz = 0): Vec[] {
  return Array.from({ length: RING_STEPS }, (_, i) => {
    const angle = (i / RING_STEPS) * 2 * Math.PI;
    return add(origin, apply(frame, [w * Math.cos(angle), y, dz + d * Math.sin(angle)]));
  });
}

const LIMBS = [
  ['Thigh', 'Hip', 'Knee', 5.8, 4.3],
  ['Shin', 'Knee', 'Ankle', 4.2, 2.5],
  ['Foot', 'Heel', 'Toe', 2.4, 1.8],
  ['UpperArm', 'Shoulder', 'Elbow', 3.3, 2.6],
  ['Forearm', 'Elbow', 'Wrist', 2.6, 2],
] as const;

export const HEAD_RADIUS = 6.3;

export function bodyParts(body: Skeleton, sides: readonly Side[] = ['r', 'l']): BodyPart[] {
  const { points: p, frames: f } = body;
  const parts: BodyPart[] = [];
  parts.push({
    kind: 'hull',
    name: 'pelvis',
    side: null,
    frame: f.pelvis,
    center: p.pelvis,
    points: [
      ...ring(f.pelvis, p.pelvis, -7, 8.8, 6.2, -1),
      ...ring(f.pelvis, p.pelvis, -1.5, 10.6, 7.2, -0.5),
      ...ring(f.abdomen, p.pelvis, 9, 8.6, 6.4),
    ],
  });
  parts.push({
    kind: 'hull',
    name: 'chest',
    side: null,
    frame: f.chest,
    center: add(p.waist, apply(f.chest, [0, 9, 0])),
    points: [
      ...ring(f.abdomen, p.pelvis, 9, 8.6, 6.4),
      ...ring(f.chest, p.waist, 8, 10.2, 7.6),
      ...ring(f.chest, p.waist, 16.5, 11.6, 6.2, -0.5),
      ...ring(f.chest, p.waist, 20.5, 5.5, 4),
    ],
  });
  parts.push({
    kind: 'capsule',
    name: 'neck',
    side: null,
    frame: f.head,
    a: p.neck,
    b: add(p.neck, apply(f.head, [0, 5, 0.5])),
    ra: 2.9,
    rb: 2.6,
  });
  parts.push({
    kind: 'head',
    name: 'head',
    side: null,
    center: p.head,
    r: HEAD_RADIUS,
    hair: normalize(apply(f.head, [0, 0.75, -1])),
  });
  for (const side of sides) {
    for (const [segment, from, to, ra, rb] of LIMBS) {
      const frame = f[`${side}${segment}`];
      parts.push({
        kind: 'capsule',
        name: `${side}${segment}`,
        side,
        frame,
        a: p[`${side}${from}` as PointName],
        b: p[`${side}${to}` as PointName],
        ra,
        rb,
      });
    }
    parts.push({
      kind: 'capsule',
      name: `${side}Hand`,
      side,
      frame: f[`${side}Forearm`],
      a: p[`${side}Wrist`],
      b: add(p[`${side}Wrist`], scale(normalize(apply(f[`${side}Forearm`], [0, -1, 0])), 5.5)),
      ra: 2.3,
      rb: 2,
    });
  }
  return parts;
}

/** The lowest y any part reaches: the floor is where this is 0. */
export function lowestY(parts: readonly BodyPart[]): number {
  let low = Number.POSITIVE_INFINITY;
  for (const part of parts) {
    if (part.kind === 'capsule') low = Math.min(low, part.a[1] - part.ra, part.b[1] - part.rb);
    else if (part.kind === 'head') low = Math.min(low, part.center[1] - part.r);
    else for (const point of part.points) low = Math.min(low, point[1]);
  }
  return low;
}
