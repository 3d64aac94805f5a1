import { add, apply, compose, type Mat, rotX, rotY, rotZ, type Vec } from './vec';

// One body for every figure: a pelvis, a two-part spine, a head, and arms and legs, in units of
// about a hundredth of a person's height. World axes: +x is the body's right when it stands with
// no turn, +y is up, +z is where it faces; the floor is y = 0.

export type Side = 'r' | 'l';
export const SIDES: readonly Side[] = ['r', 'l'];

/** Hip or shoulder: [flex (forward), abduct (out to the side), rotate (outward)], in degrees. */
export type BallJoint = readonly [number, number, number];

export interface LegAngles {
  readonly hip: BallJoint;
  /** Bend: the heel toward the seat. */
  readonly knee: number;
  /** Point the toes (negative pulls them up). */
  readonly ankle: number;
}
export interface ArmAngles {
  readonly shoulder: BallJoint;
  /** Bend: the hand toward the shoulder. */
  readonly elbow: number;
}

/** A whole pose as angles: what the animation interpolates. */
export interface Angles {
  /** The pelvis: where it is, and its turn (yaw), forward tip (pitch) and sideways tilt (roll). */
  readonly root: {
    readonly at: Vec;
    readonly yaw: number;
    readonly pitch: number;
    readonly roll: number;
  };
  /** [bend forward, bend to the right, turn to the right], shared by the lower and upper back. */
  readonly spine: readonly [number, number, number];
  /** [nod forward, turn to the right]. */
  readonly neck: readonly [number, number];
  readonly legs: Readonly<Record<Side, LegAngles>>;
  readonly arms: Readonly<Record<Side, ArmAngles>>;
}

export const LENGTHS = { thigh: 24, shin: 24, upperArm: 17, forearm: 15.5, hand: 8 } as const;
/** How far past the wrist a hand rests on something (the middle of the palm). */
export const PALM = 4.5;
const HIP_AT: Vec = [5.5, -2, 0];
const WAIST_AT: Vec = [0, 10, 0];
const NECK_AT: Vec = [0, 20, 0];
const SHOULDER_AT: Vec = [10, 17.5, 0];
const HEAD_AT: Vec = [0, 9.5, 0.8];
/** Heel and toe, from the ankle, in the foot's frame. */
export const HEEL: Vec = [0, -2.5, -2];
export const TOE: Vec = [0, -3.2, 10.5];

export type SegmentName =
  | 'pelvis'
  | 'abdomen'
  | 'chest'
  | 'head'
  | `${Side}${'Thigh' | 'Shin' | 'Foot' | 'UpperArm' | 'Forearm'}`;

export type PointName =
  | 'pelvis'
  | 'waist'
  | 'neck'
  | 'head'
  | `${Side}${'Hip' | 'Knee' | 'Ankle' | 'Heel' | 'Toe' | 'Shoulder' | 'Elbow' | 'Wrist' | 'Palm' | 'Hand'}`;

/** Where every joint is, and how every segment is turned, in world coordinates. */
export interface Skeleton {
  readonly points: Readonly<Record<PointName, Vec>>;
  readonly frames: Readonly<Record<SegmentName, Mat>>;
}

/** +1 for the right side, -1 for the left: the left is the right mirrored across the body's middle. */
export const sideSign = (side: Side): 1 | -1 => (side === 'r' ? 1 : -1);
const mirrored = (v: Vec, side: Side): Vec => [v[0] * sideSign(side), v[1], v[2]];

/** A hip or shoulder turned by its angles; a limb hangs straight down at [0, 0, 0]. */
export function ballJoint([flex, abduct, rotate]: BallJoint, side: Side): Mat {
  const s = sideSign(side);
  return compose(compose(rotX(-flex), rotZ(s * abduct)), rotY(s * rotate));
}

/** Turn, then roll about the forward axis, then tip: lying face up is a pitch of -90 and a roll
 * then turns about the body's length; lying on the left side is a roll of 90. */
export const rootFrame = (root: Angles['root']): Mat =>
  compose(compose(rotY(root.yaw), rotZ(root.roll)), rotX(root.pitch));

/** Half the spine's bend, applied once at the waist and once again at the chest. */
export const spineStep = ([flex, bend, turn]: Angles['spine']): Mat =>
  compose(compose(rotY(turn / 2), rotZ(-bend / 2)), rotX(flex / 2));

/** Joint positions and segment frames for a pose (forward kinematics). */
export function skeleton(angles: Angles): Skeleton {
  const points: Partial<Record<PointName, Vec>> = {};
  const frames: Partial<Record<SegmentName, Mat>> = {};
  const pelvis = rootFrame(angles.root);
  const at = (frame: Mat, origin: Vec, local: Vec) => add(origin, apply(frame, local));
  points.pelvis = angles.root.at;
  frames.pelvis = pelvis;
  const abdomen = compose(pelvis, spineStep(angles.spine));
  frames.abdomen = abdomen;
  points.waist = at(abdomen, points.pelvis, WAIST_AT);
  const chest = compose(abdomen, spineStep(angles.spine));
  frames.chest = chest;
  points.neck = at(chest, points.waist, NECK_AT);
  const head = compose(compose(chest, rotY(angles.neck[1])), rotX(angles.neck[0]));
  frames.head = head;
  points.head = at(head, points.neck, HEAD_AT);
  for (const side of SIDES) {
    const leg = angles.legs[side];
    const hip = at(pelvis, points.pelvis, mirrored(HIP_AT, side));
    const thigh = compose(pelvis, ballJoint(leg.hip, side));
    const knee = at(thigh, hip, [0, -LENGTHS.thigh, 0]);
    const shin = compose(thigh, rotX(leg.knee));
    const ankle = at(shin, knee, [0, -LENGTHS.shin, 0]);
    const foot = compose(shin, rotX(leg.ankle));
    Object.assign(points, {
      [`${side}Hip`]: hip,
      [`${side}Knee`]: knee,
      [`${side}Ankle`]: ankle,
      [`${side}Heel`]: at(foot, ankle, HEEL),
      [`${side}Toe`]: at(foot, ankle, TOE),
    });
    Object.assign(frames, {
      [`${side}Thigh`]: thigh,
      [`${side}Shin`]: shin,
      [`${side}Foot`]: foot,
    });

    const arm = angles.arms[side];
    const shoulder = at(chest, points.waist, mirrored(SHOULDER_AT, side));
    const upper = compose(chest, ballJoint(arm.shoulder, side));
    const elbow = at(upper, shoulder, [0, -LENGTHS.upperArm, 0]);
    const fore = compose(upper, rotX(-arm.elbow));
    const wrist = at(fore, elbow, [0, -LENGTHS.forearm, 0]);
    Object.assign(points, {
      [`${side}Shoulder`]: shoulder,
      [`${side}Elbow`]: elbow,
      [`${side}Wrist`]: wrist,
      [`${side}Palm`]: at(fore, wrist, [0, -PALM, 0]),
      [`${side}Hand`]: at(fore, wrist, [0, -LENGTHS.hand, 0]),
    });
    Object.assign(frames, { [`${side}UpperArm`]: upper, [`${side}Forearm`]: fore });
  }
  return { points: points as Skeleton['points'], frames: frames as Skeleton['frames'] };
}

export const NEUTRAL: Angles = {
  root: { at: [0, 55, 0], yaw: 0, pitch: 0, roll: 0 },
  spine: [0, 0, 0],
  neck: [0, 0],
  legs: {
    r: { hip: [0, 0, 0], knee: 0, ankle: 0 },
    l: { hip: [0, 0, 0], knee: 0, ankle: 0 },
  },
  arms: {
    r: { shoulder: [0, 0, 0], elbow: 0 },
    l: { shoulder: [0, 0, 0], elbow: 0 },
  },
};
