import type { FigureSpec } from '../pose-types';

const BENCH = { kind: 'box', at: [0, -33], size: [44, 23, 16] } as const;
const feet = {
  rLeg: { to: [7, 5, 24], ankle: 'flat', pole: [0, 1, 0.3] },
  lLeg: { to: [-7, 5, 24], ankle: 'flat', pole: [0, 1, 0.3] },
} as const;
const weight = {
  rArm: { to: 'pelvis', off: [9, 10, 0] },
  lArm: { to: 'pelvis', off: [-9, 10, 0] },
} as const;

export const figure: FigureSpec = {
  view: { azimuth: 90, elevation: 5 },
  poses: [
    { at: [0, 9.5, 0], pitch: -48, neck: [20, 0], ...feet, ...weight },
    { at: [0, 24, 0], pitch: -90, neck: [45, 0], ...feet, ...weight },
  ],
  props: [{ kind: 'floor' }, BENCH, { kind: 'weights' }],
  highlight: ['rSeat'],
  alt: 'Sitting on the floor with the shoulder blades against the edge of a bench, knees bent and a weight across the hips, then the hips driven up until they are level with the shoulders and knees. The seat is highlighted.',
};
