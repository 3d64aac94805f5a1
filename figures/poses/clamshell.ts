import type { FigureSpec } from '../pose-types';

// Lying on the left side, seen from in front of the body; the head rests on the lower arm.
const SIDE_LYING = { roll: 90, neck: [0, 0] } as const;
const arms = {
  lArm: { shoulder: [165, 0, 0], elbow: 120 },
  rArm: { to: 'rShoulder', off: [0, -10, 10] },
} as const;

export const figure: FigureSpec = {
  view: { azimuth: 40, elevation: 25 },
  poses: [
    {
      ...SIDE_LYING,
      ...arms,
      rLeg: { hip: [50, -4, 0], knee: 95, ankle: 10 },
      lLeg: { hip: [50, 0, 0], knee: 95, ankle: 10 },
    },
    {
      ...SIDE_LYING,
      ...arms,
      rLeg: { hip: [50, 22, 28], knee: 95, ankle: 10 },
      lLeg: { hip: [50, 0, 0], knee: 95, ankle: 10 },
    },
  ],
  props: [{ kind: 'mat' }],
  highlight: ['rOuterHip', 'rSeat'],
  alt: 'Lying on the left side with the knees bent and the heels together, then the right knee opening upward like a shell while the feet stay together. The side and back of the right hip are highlighted.',
  sideDefinition: 'Right side: lie on your left side; the right (top) knee opens.',
};
