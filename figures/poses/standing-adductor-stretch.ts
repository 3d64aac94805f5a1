import type { FigureSpec } from '../pose-types';

export const figure: FigureSpec = {
  view: { azimuth: 10, elevation: 6 },
  poses: [
    {
      at: [0, 'ground', 0],
      rLeg: { to: [21, 5, 0], ankle: 'flat' },
      lLeg: { to: [-21, 5, 0], ankle: 'flat' },
      rArm: { to: 'rHip', off: [5, 2, 0], pole: [1, 0, -0.5] },
      lArm: { to: 'lHip', off: [-5, 2, 0], pole: [-1, 0, -0.5] },
    },
    {
      at: [-10, 43, -4],
      spine: [12, 0, 0],
      rLeg: { to: [21, 5, 0], ankle: 'flat' },
      lLeg: { to: [-21, 5, 0], ankle: 'flat', pole: [-0.3, 0, 1] },
      rArm: { to: 'rHip', off: [5, 2, 0], pole: [1, 0, -0.5] },
      lArm: { to: 'lHip', off: [-5, 2, 0], pole: [-1, 0, -0.5] },
    },
  ],
  props: [{ kind: 'floor' }],
  highlight: ['rThigh:inner'],
  alt: 'Standing with the feet wide apart and hands on the hips, then bending the left knee and shifting the hips over it, hips pushed slightly back, while the right leg stays straight. The inner right thigh is highlighted.',
  sideDefinition:
    'Right side: the right leg stays straight and its inner thigh stretches while the left knee bends.',
};
