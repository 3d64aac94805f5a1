import { type Angles, type Side, type Skeleton, sideSign, skeleton } from './body-model';
import { type BodyPart, bodyParts, type Capsule } from './body-shapes';
import { type Camera, project } from './camera';
import { el, type Layer } from './el';
import type { Highlight } from './pose-types';
import { capsulePath, circlePath, convexHull, type P2, smoothPath } from './svg-paths';
import { add, apply, dot, normalize, scale, sub, type Vec } from './vec';

// The body as flat shapes, nearest last, with the highlighted muscles painted on the parts that
// carry them. Limbs of the side turned away from the viewer are shaded, so crossed legs read.

const flat = (cam: Camera, p: Vec): P2 => {
  const [x, y] = project(cam, p);
  return [x, y];
};
const depthOf = (cam: Camera, p: Vec) => project(cam, p)[2];

function outline(part: BodyPart, cam: Camera): string {
  if (part.kind === 'capsule')
    return capsulePath(flat(cam, part.a), part.ra, flat(cam, part.b), part.rb);
  if (part.kind === 'head') return circlePath(flat(cam, part.center), part.r);
  return smoothPath(convexHull(part.points.map((p) => flat(cam, p))));
}

function partDepth(part: BodyPart, cam: Camera): number {
  if (part.kind === 'capsule') return depthOf(cam, scale(add(part.a, part.b), 0.5));
  return depthOf(cam, part.center);
}

/** The side whose limbs are clearly farther from the viewer, if either is. */
function farSide(body: Skeleton, cam: Camera, joint: 'Hip' | 'Shoulder'): Side | null {
  const gap = depthOf(cam, body.points[`r${joint}`]) - depthOf(cam, body.points[`l${joint}`]);
  return Math.abs(gap) < 3 ? null : gap < 0 ? 'r' : 'l';
}

/** The hair cap: the back of the head's sphere, as seen. */
function hairPath(center: Vec, r: number, hair: Vec, cam: Camera): string {
  const [ax, ay] = Math.abs(hair[1]) < 0.9 ? [0, 1] : [1, 0];
  const u = normalize(sub([ax, ay, 0], scale(hair, dot(hair, [ax, ay, 0]))));
  const w: Vec = [
    hair[1] * u[2] - hair[2] * u[1],
    hair[2] * u[0] - hair[0] * u[2],
    hair[0] * u[1] - hair[1] * u[0],
  ];
  const points: P2[] = [];
  for (const lift of [0, 0.5, 0.85, 1]) {
    const ringR = Math.sqrt(1 - lift * lift) * r;
    for (let i = 0; i < 16; i++) {
      const a = (i / 16) * 2 * Math.PI;
      const p = add(
        add(center, scale(hair, lift * r)),
        add(scale(u, ringR * Math.cos(a)), scale(w, ringR * Math.sin(a))),
      );
      points.push(flat(cam, p));
    }
  }
  return smoothPath(convexHull(points));
}

interface Spot {
  host: 'pelvis' | 'chest';
  center: Vec;
  radius: number;
  facing: Vec;
}

/** Where a hip or trunk highlight sits on the body. */
function spot(body: Skeleton, region: Highlight): Spot | null {
  const match = /^([rl])(Seat|OuterHip|HipFront)$/.exec(region);
  const pelvis = body.frames.pelvis;
  if (region === 'core') {
    const front = apply(body.frames.abdomen, [0, 0, 1]);
    return {
      host: 'chest',
      center: add(body.points.waist, apply(body.frames.abdomen, [0, 1, 5])),
      radius: 7,
      facing: front,
    };
  }
  if (!match) return null;
  const side = match[1] as Side;
  const s = sideSign(side);
  const hip = body.points[`${side}Hip`];
  const local = (v: Vec) => apply(pelvis, v);
  switch (match[2]) {
    case 'Seat':
      return {
        host: 'pelvis',
        // Back and round the side a little, so a seat on a chair still shows from the front.
        center: add(hip, local([s * 3.5, -2.5, -5.5])),
        radius: 7.5,
        facing: normalize(local([s, 0, -1])),
      };
    case 'OuterHip':
      return {
        host: 'pelvis',
        center: add(hip, local([s * 5.5, 2.5, -1])),
        radius: 5.5,
        facing: local([s, 0, 0]),
      };
    default:
      return {
        host: 'pelvis',
        center: add(hip, local([-s * 0.5, 3, 5])),
        radius: 5,
        facing: local([0, 0, 1]),
      };
  }
}

const FACES = { front: [0, 0, 1], back: [0, 0, -1], outer: [1, 0, 0], inner: [-1, 0, 0] } as const;

/** A painted band along a face of a limb segment, or the whole segment. */
function limbBand(part: Capsule, face: keyof typeof FACES | 'all', cam: Camera): string | null {
  if (face === 'all') return outline(part, cam);
  const [fx, fy, fz] = FACES[face];
  const facing = normalize(apply(part.frame, [fx * sideSign(part.side ?? 'r'), fy, fz]));
  if (dot(facing, cam.toViewer) < -0.4) return null;
  const along = sub(part.b, part.a);
  const shift = (t: number, r: number) => add(add(part.a, scale(along, t)), scale(facing, r * 0.6));
  return capsulePath(
    flat(cam, shift(0.14, part.ra)),
    part.ra * 0.85,
    flat(cam, shift(0.86, part.rb)),
    part.rb * 0.85,
  );
}

export interface DrawnBody {
  readonly layers: Layer[];
  readonly defs: ReturnType<typeof el>[];
}

/** The body at `angles`, as depth-sorted layers; highlights clip to their host part by `idPrefix`. */
export function drawBody(
  angles: Angles,
  cam: Camera,
  highlights: readonly Highlight[],
  idPrefix: string | null,
): DrawnBody {
  const body = skeleton(angles);
  const parts = bodyParts(body);
  const far = { legs: farSide(body, cam, 'Hip'), arms: farSide(body, cam, 'Shoulder') };
  const layers: Layer[] = [];
  const defs: ReturnType<typeof el>[] = [];
  const hostPaths = new Map<string, string>();
  const depths = new Map<string, number>();
  for (const part of parts) {
    const d = outline(part, cam);
    const depth = partDepth(part, cam);
    hostPaths.set(part.name, d);
    depths.set(part.name, depth);
    const isArm = /Arm|Forearm|Hand/.test(part.name);
    const shaded = part.side !== null && part.side === (isArm ? far.arms : far.legs);
    const els = [el('path', { d, class: shaded ? 'fig-far' : 'fig-body' })];
    if (part.kind === 'head')
      els.push(el('path', { d: hairPath(part.center, part.r, part.hair, cam), class: 'fig-hair' }));
    layers.push({ depth, els });
  }
  if (idPrefix === null) return { layers, defs };
  highlights.forEach((region, index) => {
    const id = `${idPrefix}-h${index}`;
    const limb = /^([rl](?:Thigh|Shin)):(\w+)$/.exec(region);
    let host: string;
    let paint: string | null;
    if (limb) {
      host = limb[1] as string;
      const part = parts.find((p): p is Capsule => p.name === host && p.kind === 'capsule');
      paint = part ? limbBand(part, limb[2] as keyof typeof FACES | 'all', cam) : null;
    } else {
      const at = spot(body, region);
      host = at?.host ?? '';
      const visible = at && dot(at.facing, cam.toViewer) > -0.5;
      paint = visible ? circlePath(flat(cam, at.center), at.radius) : null;
    }
    const hostPath = hostPaths.get(host);
    if (!paint || !hostPath) return;
    defs.push(el('clipPath', { id }, [el('path', { d: hostPath })]));
    layers.push({
      depth: (depths.get(host) ?? 0) + 1e-6,
      els: [
        el('path', { d: paint, class: 'fig-hl', 'clip-path': `url(#${id})` }),
        el('path', { d: hostPath, class: 'fig-line' }),
      ],
    });
  });
  return { layers, defs };
}
