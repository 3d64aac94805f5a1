import type { FigureSpec } from '../pose-types';

export const figure: FigureSpec = {
  view: { azimuth: 90, elevation: 4 },
  poses: [
    {
      at: [0, 'ground', -30],
      rLeg: { to: [5, 5, -28], ankle: 'flat' },
      lLeg: { to: [-5, 5, -28], ankle: 'flat' },
    },
    {
      at: [0, 31, -8],
      rLeg: { to: [5, 5, 14], ankle: 'flat' },
      lLeg: { to: [-5, 10, -33], pole: [0, -1, 0.5], ankle: -64 },
      rArm: { shoulder: [20, 5, 0], elbow: 20 },
      lArm: { shoulder: [-15, 5, 0], elbow: 20 },
    },
  ],
  props: [{ kind: 'floor' }],
  highlight: ['rSeat', 'rThigh:front'],
  alt: 'Standing tall, then a long stride forward with the right foot, sinking straight down until both knees are near right angles, the right knee above its ankle and the left knee just off the floor. The right seat and the front of the right thigh are highlighted.',
  sideDefinition: 'Right side: the right foot strides forward and works.',
};
