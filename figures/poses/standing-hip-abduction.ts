import type { FigureSpec } from '../pose-types';

const support = {
  at: [0, 'ground', 0],
  lArm: { to: [-27, 66, 2], pole: [-0.2, -1, -0.5] },
  lLeg: { to: [-4, 5, 0], ankle: 'flat' },
} as const;

export const figure: FigureSpec = {
  view: { azimuth: 8, elevation: 4 },
  poses: [
    { ...support, rLeg: { to: [5, 5, 0], ankle: 'flat' } },
    { ...support, rLeg: { hip: [0, 34, 0], knee: 0, ankle: 5 } },
  ],
  props: [{ kind: 'floor' }, { kind: 'wall', at: [-29, 0], yaw: 90 }],
  highlight: ['rOuterHip'],
  alt: 'Standing tall beside a wall with the left hand on it, then the right leg lifted straight out to the side, toes forward, without leaning away. The side of the right hip is highlighted.',
  sideDefinition: 'Right side: the right leg lifts; the left hand is on the wall.',
};
