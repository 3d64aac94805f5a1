import type { FigureSpec } from '../pose-types';

// The wall is on the body's left, behind the figure as seen from its right.
const base = {
  lArm: { to: [-27, 66, 2], pole: [-0.2, -1, -0.5] },
  lLeg: { to: [-4, 5, 0], ankle: 'flat' },
} as const;

export const figure: FigureSpec = {
  view: { azimuth: 90, elevation: 4 },
  poses: [
    { ...base, rLeg: { hip: [-28, 0, 0], knee: 12, ankle: 20 } },
    { ...base, rLeg: { hip: [55, 0, 0], knee: 8, ankle: 0 } },
  ],
  props: [{ kind: 'floor' }, { kind: 'wall', at: [-29, 0], yaw: 90 }],
  highlight: ['rThigh:back', 'rHipFront'],
  alt: 'Standing tall side-on to a wall with the left hand on it, the right leg swinging like a pendulum from behind the body to in front of it. The back of the right thigh and the front of the right hip are highlighted.',
  sideDefinition: 'Right side: the right leg swings; the left hand is on the wall.',
};
