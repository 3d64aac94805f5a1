import type { FigureSpec } from '../pose-types';

// Seen from above the feet, so the arms spread and the knee falling across both read.
const arms = {
  rArm: { shoulder: [0, 88, 0] },
  lArm: { shoulder: [0, 88, 0] },
} as const;

export const figure: FigureSpec = {
  view: { azimuth: 15, elevation: 62 },
  poses: [
    { pitch: -90, ...arms },
    { pitch: -90, ...arms, rLeg: { hip: [90, 0, 0], knee: 95, ankle: 10 } },
    {
      pitch: -90,
      roll: 38,
      spine: [0, 0, 40],
      ...arms,
      rLeg: { hip: [92, -28, 0], knee: 95, ankle: 10 },
      lLeg: { hip: [10, 0, 0], knee: 5 },
    },
  ],
  props: [{ kind: 'mat' }],
  highlight: ['rSeat', 'rOuterHip'],
  alt: 'Lying face up with the arms out to the sides, the right knee lifted toward the chest, then let fall across the body toward the floor on the left while both shoulders stay down. The right seat and outer hip are highlighted.',
  sideDefinition: 'Right side: the right knee falls across to the left.',
};
