import type { FigureSpec } from '../pose-types';

// The wall is on the body's right, so "right side" is the side by the wall.
const WALL = { kind: 'wall', at: [27, 0], yaw: 90 } as const;

export const figure: FigureSpec = {
  view: { azimuth: -12, elevation: 5 },
  poses: [
    {
      rLeg: { to: [3, 5, 0], ankle: 'flat' },
      lLeg: { to: [-3, 5, 0], ankle: 'flat' },
      rArm: { to: [25, 62, 2] },
      lArm: { to: 'lHip', off: [-3, 6, 0] },
    },
    {
      at: [5, 'ground', 0],
      roll: -10,
      spine: [4, -12, 0],
      rLeg: { to: [-5, 5, -4], ankle: 'flat', pole: [0, 0, 1] },
      lLeg: { to: [-4, 5, 3], ankle: 'flat' },
      rArm: { to: [25, 58, 2] },
      lArm: { to: 'lHip', off: [-3, 6, 0] },
    },
  ],
  props: [{ kind: 'floor' }, WALL],
  highlight: ['rOuterHip', 'rThigh:outer'],
  alt: 'Standing with the right side to a wall and the right palm on it, then the right leg swept behind the left with the foot planted past it, the left knee softly bent and the right hip easing toward the wall. The outside of the right hip and thigh is highlighted.',
  sideDefinition: 'Right side: your right side is to the wall and the right leg goes behind.',
};
