import { describe, expect, it } from 'vitest';
import { type Angles, LENGTHS, NEUTRAL, PALM, skeleton } from '../../../figures/body-model';
import { camera, project } from '../../../figures/camera';
import { resolvePose } from '../../../figures/resolve-pose';
import { length, sub, type Vec } from '../../../figures/vec';

// The body model's conventions, which every pose file relies on: which way a positive angle
// turns a joint, on the right side and (mirrored) on the left.

const withLegs = (
  r: Partial<Angles['legs']['r']>,
  l: Partial<Angles['legs']['l']> = {},
): Angles => ({
  ...NEUTRAL,
  legs: { r: { ...NEUTRAL.legs.r, ...r }, l: { ...NEUTRAL.legs.l, ...l } },
});

describe('the body model', () => {
  it('stands about 100 units tall with its feet on the floor', () => {
    const pose = resolvePose({});
    const body = skeleton(pose.angles);
    expect(body.points.head[1]).toBeGreaterThan(90);
    expect(body.points.rHeel[1]).toBeLessThan(3);
    expect(body.points.rHip[0]).toBeGreaterThan(0);
    expect(body.points.lHip[0]).toBeLessThan(0);
  });

  it('flexes a hip forward, abducts it outward and rotates it outward on either side', () => {
    const flexed = skeleton(withLegs({ hip: [90, 0, 0] }));
    expect(flexed.points.rKnee[2]).toBeCloseTo(LENGTHS.thigh, 5);
    expect(flexed.points.rKnee[1]).toBeCloseTo(flexed.points.rHip[1], 5);
    const abducted = skeleton(withLegs({ hip: [0, 30, 0] }, { hip: [0, 30, 0] }));
    expect(abducted.points.rKnee[0]).toBeGreaterThan(abducted.points.rHip[0] + 10);
    expect(abducted.points.lKnee[0]).toBeLessThan(abducted.points.lHip[0] - 10);
    // Flexed and bent, an outward rotation swings the foot across the body (the figure-4).
    const rotated = skeleton(
      withLegs({ hip: [90, 0, 45], knee: 90 }, { hip: [90, 0, 45], knee: 90 }),
    );
    expect(rotated.points.rAnkle[0]).toBeLessThan(rotated.points.rKnee[0] - 10);
    expect(rotated.points.lAnkle[0]).toBeGreaterThan(rotated.points.lKnee[0] + 10);
  });

  it('bends a knee backward and an elbow forward', () => {
    const body = skeleton({
      ...withLegs({ knee: 90 }),
      arms: { ...NEUTRAL.arms, r: { shoulder: [0, 0, 0], elbow: 90 } },
    });
    expect(body.points.rAnkle[2]).toBeLessThan(body.points.rKnee[2] - 20);
    expect(body.points.rWrist[2]).toBeGreaterThan(body.points.rElbow[2] + 10);
  });

  it('bends the spine forward and to the right', () => {
    const forward = skeleton({ ...NEUTRAL, spine: [40, 0, 0] });
    expect(forward.points.neck[2]).toBeGreaterThan(8);
    const right = skeleton({ ...NEUTRAL, spine: [0, 30, 0] });
    expect(right.points.neck[0]).toBeGreaterThan(5);
  });

  it('puts a reaching ankle or palm on its target', () => {
    const target: Vec = [-4, 40, 20];
    const pose = resolvePose({ at: [0, 55, 0], rLeg: { to: target } });
    expect(pose.misses).toEqual([]);
    expect(length(sub(skeleton(pose.angles).points.rAnkle, target))).toBeLessThan(0.01);
    const hand = resolvePose({ at: [0, 55, 0], lArm: { to: 'rHip', off: [0, 0, 6] } });
    const body = skeleton(hand.angles);
    const palm = body.points.lPalm;
    expect(length(sub(palm, [5.5, 53, 6]))).toBeLessThan(0.01);
    expect(length(sub(palm, body.points.lWrist))).toBeCloseTo(PALM, 5);
  });

  it('reports a target out of reach', () => {
    expect(resolvePose({ at: [0, 55, 0], rArm: { to: [0, 0, 80] } }).misses).toEqual([
      expect.stringMatching(/^rArm short by \d/),
    ]);
  });

  it('sets a standing or lying body down on the floor', () => {
    const lying = resolvePose({ pitch: -90 });
    const body = skeleton(lying.angles);
    expect(body.points.head[1]).toBeLessThan(12);
    expect(body.points.head[2]).toBeLessThan(-30);
  });
});

describe('the camera', () => {
  it('shows the body facing right from its right side, and its right on the left from the front', () => {
    const side = camera({ azimuth: 90 });
    expect(project(side, [0, 0, 10])[0]).toBeCloseTo(10, 5);
    expect(project(side, [10, 0, 0])[2]).toBeCloseTo(10, 5);
    const front = camera({ azimuth: 0 });
    expect(project(front, [10, 0, 0])[0]).toBeCloseTo(-10, 5);
    expect(project(front, [0, 10, 0])[1]).toBeCloseTo(-10, 5);
  });
});
