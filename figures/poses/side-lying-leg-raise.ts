import type { FigureSpec } from '../pose-types';

const SIDE_LYING = { roll: 90 } as const;
const arms = {
  lArm: { shoulder: [165, 0, 0], elbow: 120 },
  rArm: { to: 'rShoulder', off: [0, -10, 10] },
} as const;
const lowerLeg = { hip: [30, 0, 0], knee: 70, ankle: 10 } as const;

export const figure: FigureSpec = {
  view: { azimuth: 0, elevation: 25 },
  poses: [
    { ...SIDE_LYING, ...arms, rLeg: { hip: [0, -2, 0], knee: 0, ankle: 20 }, lLeg: lowerLeg },
    { ...SIDE_LYING, ...arms, rLeg: { hip: [-4, 38, 0], knee: 0, ankle: 10 }, lLeg: lowerLeg },
  ],
  props: [{ kind: 'mat' }],
  highlight: ['rOuterHip'],
  alt: 'Lying on the left side with the lower knee bent, then the straight right leg raised with the heel leading, the body staying still. The side of the right hip is highlighted.',
  sideDefinition: 'Right side: lie on your left side and raise the right leg.',
};
