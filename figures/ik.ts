import { type BallJoint, type Side, sideSign } from './body-model';
import {
  add,
  apply,
  dot,
  length,
  type Mat,
  normalize,
  rotX,
  rotZ,
  scale,
  sub,
  toDeg,
  unapply,
  type Vec,
} from './vec';

// Two-bone reaching: put the end of a leg (the ankle) or an arm (the wrist) on a point, with the
// knee or elbow pointing toward a hint, and give back the joint angles that do it. Figures are
// written as "hand on the knee", "ankle on the other thigh"; the animation still moves angles.

export interface Reach {
  /** The hip or shoulder angles, and the bend of the knee or elbow (degrees, >= 0). */
  joint: BallJoint;
  bend: number;
  /** 0 when the target was reached; else how far it was out of reach (the limb stretched toward it). */
  short: number;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * The angles that put a two-bone limb from `origin` onto `target`. `parent` is the pelvis or chest
 * frame, `pole` the world direction the knee (or elbow) should point. `bendsForward` is false for
 * legs (the shin folds behind the thigh) and true for arms (the forearm folds in front).
 */
export function reach(
  parent: Mat,
  origin: Vec,
  target: Vec,
  pole: Vec,
  lengths: readonly [number, number],
  side: Side,
  bendsForward: boolean,
): Reach {
  const [a, b] = lengths;
  const toTarget = sub(target, origin);
  const distance = length(toTarget);
  const short = Math.max(0, distance - (a + b) - 0.5, Math.abs(a - b) - 0.5 - distance);
  const d = clamp(distance, Math.abs(a - b) + 0.01, a + b - 0.01);
  const axis = normalize(toTarget);
  const along = (a * a - b * b + d * d) / (2 * d);
  const out = Math.sqrt(Math.max(0, a * a - along * along));
  const poleAcross = normalize(sub(pole, scale(axis, dot(pole, axis))));
  const middle = add(add(origin, scale(axis, along)), scale(poleAcross, out));
  const end = add(origin, scale(axis, d));

  // Into the parent's frame, with the left side mirrored onto the right.
  const s = sideSign(side);
  const local = (v: Vec): Vec => {
    const u = unapply(parent, v);
    return [u[0] * s, u[1], u[2]];
  };
  const upper = normalize(local(sub(middle, origin)));
  const lower = normalize(local(sub(end, middle)));
  const abduct = toDeg(Math.asin(clamp(upper[0], -1, 1)));
  const flex = toDeg(Math.atan2(upper[2], -upper[1]));
  const bend = toDeg(Math.acos(clamp(dot(upper, lower), -1, 1)));

  // The twist about the upper bone: the fold of the lower bone (or, when straight, the pole)
  // tells which way the knee or elbow faces.
  const across = sub(lower, scale(upper, dot(upper, lower)));
  // A knee bulges toward its pole and folds the shin behind; an elbow bulges away from its front.
  const facing =
    length(across) > 1e-3
      ? scale(across, bendsForward ? 1 : -1)
      : scale(local(poleAcross), bendsForward ? -1 : 1);
  const base = (v: Vec) => apply(rotX(-flex), apply(rotZ(abduct), v));
  const front = base([0, 0, 1]);
  const lateral = base([1, 0, 0]);
  const rotate = toDeg(Math.atan2(dot(facing, lateral), dot(facing, front)));
  return { joint: [flex, abduct, rotate], bend, short };
}
