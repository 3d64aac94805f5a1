import type { BallJoint, PointName, Side } from './body-model';
import type { Vec } from './vec';

// How a figure is written: key poses as joint angles, where a limb may instead reach for a
// point ("the right ankle on the left thigh, just above the knee"), a view, the setting, and what
// to highlight. Written for the right side; the left side is drawn as its mirror image.

/** A body point, or a point a fraction of the way along a limb segment: 'lThigh@0.8'. */
export type PointRef = PointName | `${Side}${'Thigh' | 'Shin' | 'UpperArm' | 'Forearm'}@${number}`;

/** Put the end of a limb (the ankle, or the middle of the palm) on a point. */
export interface Target {
  readonly to: PointRef | Vec;
  /** Added to the point, in world units. */
  readonly off?: Vec;
  /** Then put at this height (a hand flat on the floor below the shoulder: `{ to: 'rShoulder', y: 2 }`). */
  readonly y?: number;
  /** The world direction the knee or elbow points. */
  readonly pole?: Vec;
  /** Legs: the ankle's angle, or 'flat' to set the foot level. */
  readonly ankle?: number | 'flat';
}
export interface LegSpec {
  readonly hip?: BallJoint;
  readonly knee?: number;
  readonly ankle?: number;
}
export interface ArmSpec {
  readonly shoulder?: BallJoint;
  readonly elbow?: number;
}

export interface PoseSpec {
  /** The pelvis centre; a y of 'ground' sets the body down on the floor. Default [0, 'ground', 0]. */
  readonly at?: readonly [number, number | 'ground', number];
  readonly yaw?: number;
  readonly pitch?: number;
  readonly roll?: number;
  readonly spine?: readonly [number, number, number];
  readonly neck?: readonly [number, number];
  readonly rLeg?: LegSpec | Target;
  readonly lLeg?: LegSpec | Target;
  readonly rArm?: ArmSpec | Target;
  readonly lArm?: ArmSpec | Target;
}

/** The camera: its turn around the body (0 = from the front, 90 = from the body's right) and its height. */
export interface View {
  readonly azimuth: number;
  readonly elevation?: number;
}

/** The place and the things in it, in world units (a seat is 26 high, a desk 42). */
export type Prop =
  | { readonly kind: 'floor' }
  | { readonly kind: 'mat' }
  | { readonly kind: 'chair'; readonly at: readonly [number, number]; readonly yaw?: number }
  | { readonly kind: 'desk'; readonly at: readonly [number, number]; readonly yaw?: number }
  | { readonly kind: 'wall'; readonly at: readonly [number, number]; readonly yaw: number }
  | {
      readonly kind: 'box';
      readonly at: readonly [number, number];
      readonly size: readonly [number, number, number];
      readonly yaw?: number;
    }
  | { readonly kind: 'roller'; readonly from: Vec; readonly to: Vec }
  | { readonly kind: 'band'; readonly around: readonly [PointRef, PointRef] }
  | { readonly kind: 'weights' };

/** Where a muscle is drawn: a face of a limb segment, or a region of the hips or trunk. */
export type Highlight =
  | `${Side}${'Thigh' | 'Shin'}:${'front' | 'back' | 'outer' | 'inner' | 'all'}`
  | `${Side}${'Seat' | 'OuterHip' | 'HipFront'}`
  | 'core';

export interface FigureSpec {
  readonly view: View;
  /** Start, end, and any key poses between, in order. */
  readonly poses: readonly [PoseSpec, PoseSpec, ...PoseSpec[]];
  readonly props: readonly Prop[];
  readonly highlight: readonly Highlight[];
  /** What the figure shows, for side one (the right side) of a two-sided entry. */
  readonly alt: string;
  /** For two-sided entries: what "right side" means for this entry, in words. */
  readonly sideDefinition?: string;
}
