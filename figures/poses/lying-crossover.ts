import type { FigureSpec } from '../pose-types';

const arms = {
  rArm: { shoulder: [0, 88, 0] },
  lArm: { shoulder: [0, 88, 0] },
} as const;

export const figure: FigureSpec = {
  view: { azimuth: 15, elevation: 62 },
  poses: [
    { pitch: -90, ...arms },
    { pitch: -90, ...arms, rLeg: { hip: [88, 0, 0], knee: 8, ankle: -10 } },
    {
      pitch: -90,
      roll: 40,
      spine: [0, 0, 42],
      ...arms,
      rLeg: { hip: [85, -40, 0], knee: 8, ankle: -10 },
    },
  ],
  props: [{ kind: 'mat' }],
  highlight: ['rOuterHip', 'rSeat'],
  alt: 'Lying face up with the arms spread wide and the legs long, the right leg raised toward the ceiling, then carried across the body so the right foot heads toward the left hand, both shoulders staying down. The right outer hip and seat are highlighted.',
  sideDefinition: 'Right side: the right leg crosses over to the left.',
};
