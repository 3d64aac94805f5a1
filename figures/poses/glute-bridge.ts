import type { FigureSpec } from '../pose-types';

const feet = {
  rLeg: { to: [6, 5, 26], ankle: 'flat', pole: [0, 1, 0.2] },
  lLeg: { to: [-6, 5, 26], ankle: 'flat', pole: [0, 1, 0.2] },
} as const;
// Arms along the floor: as the torso tilts up to the hips, they turn back by as much.
const arms = (tilt: number) =>
  ({
    rArm: { shoulder: [-tilt, 12, 0], elbow: 0 },
    lArm: { shoulder: [-tilt, 12, 0], elbow: 0 },
  }) as const;

export const figure: FigureSpec = {
  view: { azimuth: 90, elevation: 6 },
  poses: [
    { pitch: -90, ...feet, ...arms(0) },
    { at: [0, 18.5, 4], pitch: -115, neck: [28, 0], ...feet, ...arms(25) },
  ],
  props: [{ kind: 'mat' }],
  highlight: ['rSeat', 'lSeat'],
  alt: 'Lying face up with the knees bent and the feet planted, then the hips lifted until shoulders, hips and knees make a straight line. The seat is highlighted.',
};
