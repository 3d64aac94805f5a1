import type { FigureSpec } from '../pose-types';

export const figure: FigureSpec = {
  view: { azimuth: 8, elevation: 4 },
  poses: [
    {
      rLeg: { to: [6, 5, 0], ankle: 'flat' },
      lLeg: { to: [-6, 5, 0], ankle: 'flat' },
    },
    {
      at: [4, 'ground', 0],
      roll: -8,
      spine: [0, -50, 0],
      neck: [0, 0],
      rLeg: { to: [-4, 5, -5], ankle: 'flat', pole: [0, 0, 1] },
      lLeg: { to: [-3, 5, 2], ankle: 'flat' },
      rArm: { shoulder: [10, 178, 0], elbow: 15 },
      lArm: { to: 'lHip', off: [-4, 3, 0] },
    },
  ],
  props: [{ kind: 'floor' }],
  highlight: ['rOuterHip'],
  alt: 'Standing tall, then the right foot crossed behind the left, the right hip pushed out to the right and the right arm reaching up and over the head as the upper body bends to the left. The right outer hip is highlighted.',
  sideDefinition: 'Right side: the right foot crosses behind and the right hip pushes out.',
};
