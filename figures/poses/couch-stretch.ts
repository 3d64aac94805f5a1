import type { FigureSpec } from '../pose-types';

// Kneeling with the back to a wall: the right knee in the corner, its shin up the wall.
const WALL = { kind: 'wall', at: [0, -24], yaw: 0 } as const;
const legs = {
  rLeg: { to: [5, 28, -21], ankle: 60, pole: [0, -0.3, 1] },
  lLeg: { to: [-6, 5, 28], ankle: 'flat', pole: [0, 1, 0.6] },
} as const;

export const figure: FigureSpec = {
  view: { azimuth: 90, elevation: 6 },
  poses: [
    {
      at: [0, 24, 2],
      pitch: 38,
      ...legs,
      rArm: { to: 'lKnee', off: [5, 5, -4] },
      lArm: { to: 'lKnee', off: [-2, 5, -4] },
    },
    {
      at: [0, 25, -3],
      pitch: 2,
      ...legs,
      rArm: { to: 'rHip', off: [3, 5, 4] },
      lArm: { to: 'lHip', off: [-3, 5, 4] },
    },
  ],
  props: [{ kind: 'mat' }, WALL],
  highlight: ['rThigh:front', 'rHipFront'],
  alt: 'Kneeling with the back to a wall, the right knee in the corner and the right shin resting up the wall, the left foot stepped forward into a lunge, then bringing the chest up toward upright. The front of the right thigh and hip is highlighted.',
  sideDefinition: 'Right side: the right shin rests up the wall; the left foot is forward.',
};
