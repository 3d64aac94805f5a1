import type { FigureSpec } from '../pose-types';

const WALL = { kind: 'wall', at: [0, -12], yaw: 0 } as const;

export const figure: FigureSpec = {
  view: { azimuth: 55, elevation: 8 },
  poses: [
    {
      at: [0, 'ground', -3],
      pitch: -6,
      rLeg: { to: [6, 5, 6], ankle: 'flat' },
      lLeg: { to: [-6, 5, 6], ankle: 'flat' },
    },
    {
      at: [0, 'ground', -3],
      pitch: -4,
      lLeg: { to: [-6, 5, 8], ankle: 'flat' },
      rLeg: { to: 'lThigh@0.92', off: [1, 7, 0], pole: [1, 0.2, 0.4], ankle: -15 },
      rArm: { shoulder: [10, 10, 0], elbow: 10 },
      lArm: { shoulder: [10, 10, 0], elbow: 10 },
    },
    {
      at: [0, 37, -4],
      lLeg: { to: [-6, 5, 17], ankle: 'flat' },
      spine: [16, 0, 0],
      rLeg: { to: 'lThigh@0.88', off: [1, 7.5, 0], pole: [1, 0.2, 0.3], ankle: -15 },
      rArm: { to: 'rKnee', off: [-2, 4, 1] },
      lArm: { to: 'rAnkle', off: [0, 3.5, 1] },
    },
  ],
  props: [{ kind: 'floor' }, WALL],
  highlight: ['rSeat'],
  alt: 'Standing with the back against a wall, the right ankle crossed over the left knee, then sliding down the wall on the bent left leg as if sitting into a chair. The right seat is highlighted.',
  sideDefinition: 'Right side: the right ankle crosses over the left knee.',
};
