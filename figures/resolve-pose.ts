import {
  type Angles,
  type ArmAngles,
  LENGTHS,
  type LegAngles,
  NEUTRAL,
  PALM,
  type PointName,
  rootFrame,
  SIDES,
  type Side,
  type Skeleton,
  skeleton,
} from './body-model';
import { bodyParts, lowestY } from './body-shapes';
import { reach } from './ik';
import type { ArmSpec, LegSpec, PointRef, PoseSpec, Target } from './pose-types';
import { add, apply, lerp, type Vec } from './vec';

// From a written pose to plain angles: fill in defaults, reach for targets, set the body on the
// floor. Angles are what the animation interpolates, so every pose ends up as angles.

export interface ResolvedPose {
  readonly angles: Angles;
  /** The pose stands, sits or lies on the floor: keep it there while it moves. */
  readonly grounded: boolean;
  /** Targets a limb could not reach (a mistake in the figure's data). */
  readonly misses: readonly string[];
  /** Arms that reach for a point: left out when setting the body down. */
  readonly reaching: readonly Side[];
}

const isTarget = (spec: LegSpec | ArmSpec | Target | undefined): spec is Target =>
  spec !== undefined && 'to' in spec;

/** A named point of the skeleton, or a fraction of the way along a limb segment. */
export function pointOf(body: Skeleton, ref: PointRef): Vec {
  const along = /^([rl])(Thigh|Shin|UpperArm|Forearm)@([\d.]+)$/.exec(ref);
  if (!along) return body.points[ref as PointName];
  const [, side, segment, fraction] = along;
  const ends: Record<string, [string, string]> = {
    Thigh: ['Hip', 'Knee'],
    Shin: ['Knee', 'Ankle'],
    UpperArm: ['Shoulder', 'Elbow'],
    Forearm: ['Elbow', 'Wrist'],
  };
  const [from, to] = ends[segment as string] as [string, string];
  const a = body.points[`${side}${from}` as PointName];
  const b = body.points[`${side}${to}` as PointName];
  const t = Number(fraction);
  return [lerp(a[0], b[0], t), lerp(a[1], b[1], t), lerp(a[2], b[2], t)];
}

function targetPoint(body: Skeleton, target: Target): Vec {
  const base = typeof target.to === 'string' ? pointOf(body, target.to) : target.to;
  const [x, y, z] = add(base, target.off ?? [0, 0, 0]);
  return [x, target.y ?? y, z];
}

/**
 * Sets a pose down so that its lowest point touches the floor. Arms that reach for something
 * (hands on the floor in a plank) are left out: they are placed after, from where the body is.
 */
export function grounded(angles: Angles, reaching: readonly Side[] = []): Angles {
  const arm = (name: string) =>
    /^([rl])(UpperArm|Forearm|Hand)$/.exec(name)?.[1] as Side | undefined;
  const low = lowestY(
    bodyParts(skeleton(angles)).filter((part) => !reaching.includes(arm(part.name) as Side)),
  );
  const [x, y, z] = angles.root.at;
  return { ...angles, root: { ...angles.root, at: [x, y - low, z] } };
}

function legTo(angles: Angles, side: Side, target: Target): { leg: LegAngles; miss: number } {
  const body = skeleton(angles);
  const pelvis = rootFrame(angles.root);
  const pole = target.pole ?? apply(pelvis, [0, 0, 1]);
  const solved = reach(
    pelvis,
    body.points[`${side}Hip`],
    targetPoint(body, target),
    pole,
    [LENGTHS.thigh, LENGTHS.shin],
    side,
    false,
  );
  const leg: LegAngles = { hip: solved.joint, knee: solved.bend, ankle: 0 };
  if (target.ankle !== 'flat')
    return { leg: { ...leg, ankle: target.ankle ?? 0 }, miss: solved.short };
  // Level the foot: the ankle angle that puts the toe at the heel's height.
  const shin = skeleton(withLeg(angles, side, leg)).frames[`${side}Shin`];
  const ankle = (Math.atan2(shin[2][1], shin[1][1]) * 180) / Math.PI;
  return { leg: { ...leg, ankle }, miss: solved.short };
}

function armTo(angles: Angles, side: Side, target: Target): { arm: ArmAngles; miss: number } {
  const body = skeleton(angles);
  const chest = body.frames.chest;
  const pole = target.pole ?? apply(chest, [side === 'r' ? 0.5 : -0.5, -0.3, -1]);
  const solved = reach(
    chest,
    body.points[`${side}Shoulder`],
    targetPoint(body, target),
    pole,
    [LENGTHS.upperArm, LENGTHS.forearm + PALM],
    side,
    true,
  );
  return { arm: { shoulder: solved.joint, elbow: solved.bend }, miss: solved.short };
}

const withLeg = (angles: Angles, side: Side, leg: LegAngles): Angles => ({
  ...angles,
  legs: { ...angles.legs, [side]: leg },
});
const withArm = (angles: Angles, side: Side, arm: ArmAngles): Angles => ({
  ...angles,
  arms: { ...angles.arms, [side]: arm },
});

export function resolvePose(spec: PoseSpec): ResolvedPose {
  const [x, y, z] = spec.at ?? [0, 'ground', 0];
  const onFloor = y === 'ground';
  // Setting down starts from about where the pelvis will end up (standing, or lying), so reaching
  // for the floor finds the right solution.
  const tilt = Math.abs(
    Math.cos(((spec.pitch ?? 0) * Math.PI) / 180) * Math.cos(((spec.roll ?? 0) * Math.PI) / 180),
  );
  let angles: Angles = {
    root: {
      at: [x, onFloor ? Math.max(8, NEUTRAL.root.at[1] * tilt) : y, z],
      yaw: spec.yaw ?? 0,
      pitch: spec.pitch ?? 0,
      roll: spec.roll ?? 0,
    },
    spine: spec.spine ?? NEUTRAL.spine,
    neck: spec.neck ?? NEUTRAL.neck,
    legs: NEUTRAL.legs,
    arms: NEUTRAL.arms,
  };
  const legSpec = (side: Side) => (side === 'r' ? spec.rLeg : spec.lLeg);
  const armSpec = (side: Side) => (side === 'r' ? spec.rArm : spec.lArm);
  const reaching = SIDES.filter((side) => isTarget(armSpec(side)));
  for (const side of SIDES) {
    const leg = legSpec(side);
    if (!isTarget(leg)) angles = withLeg(angles, side, { ...NEUTRAL.legs[side], ...leg });
    const arm = armSpec(side);
    if (!isTarget(arm)) angles = withArm(angles, side, { ...NEUTRAL.arms[side], ...arm });
  }
  const misses = new Set<string>();
  // Reaching and setting down depend on each other (a foot on a chair seat, the other on the
  // floor): a few rounds settle both.
  for (let round = 0; round < 4; round++) {
    for (const side of SIDES) {
      const leg = legSpec(side);
      if (!isTarget(leg)) continue;
      const solved = legTo(angles, side, leg);
      angles = withLeg(angles, side, solved.leg);
      if (round === 3 && solved.miss) misses.add(`${side}Leg short by ${solved.miss.toFixed(1)}`);
    }
    if (onFloor) angles = grounded(angles, reaching);
  }
  for (const side of SIDES) {
    const arm = armSpec(side);
    if (!isTarget(arm)) continue;
    const solved = armTo(angles, side, arm);
    angles = withArm(angles, side, solved.arm);
    if (solved.miss) misses.add(`${side}Arm short by ${solved.miss.toFixed(1)}`);
  }
  return { angles, grounded: onFloor, misses: [...misses], reaching };
}

/** The pose a fraction `t` of the way from `a` to `b`. */
export function between(a: ResolvedPose, b: ResolvedPose, t: number): Angles {
  const n = (p: number, q: number) => lerp(p, q, t);
  const v = <T extends readonly number[]>(p: T, q: T) =>
    p.map((x, i) => n(x, q[i] ?? x)) as unknown as T;
  const A = a.angles;
  const B = b.angles;
  const angles: Angles = {
    root: {
      at: v(A.root.at, B.root.at),
      yaw: n(A.root.yaw, B.root.yaw),
      pitch: n(A.root.pitch, B.root.pitch),
      roll: n(A.root.roll, B.root.roll),
    },
    spine: v(A.spine, B.spine),
    neck: v(A.neck, B.neck),
    legs: {
      r: {
        hip: v(A.legs.r.hip, B.legs.r.hip),
        knee: n(A.legs.r.knee, B.legs.r.knee),
        ankle: n(A.legs.r.ankle, B.legs.r.ankle),
      },
      l: {
        hip: v(A.legs.l.hip, B.legs.l.hip),
        knee: n(A.legs.l.knee, B.legs.l.knee),
        ankle: n(A.legs.l.ankle, B.legs.l.ankle),
      },
    },
    arms: {
      r: {
        shoulder: v(A.arms.r.shoulder, B.arms.r.shoulder),
        elbow: n(A.arms.r.elbow, B.arms.r.elbow),
      },
      l: {
        shoulder: v(A.arms.l.shoulder, B.arms.l.shoulder),
        elbow: n(A.arms.l.elbow, B.arms.l.elbow),
      },
    },
  };
  return a.grounded && b.grounded && t > 0 && t < 1 ? grounded(angles, a.reaching) : angles;
}
