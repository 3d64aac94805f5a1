import type { FigureSpec } from '../pose-types';

const hands = {
  rArm: { to: 'rHip', off: [3, 5, 4] },
  lArm: { to: 'lHip', off: [-3, 5, 4] },
} as const;

export const figure: FigureSpec = {
  view: { azimuth: 90, elevation: 4 },
  poses: [
    {
      at: [0, 48, -2],
      rLeg: { to: [5, 8, -30], ankle: -50, pole: [0, 0, 1] },
      lLeg: { to: [-5, 5, 16], ankle: 'flat' },
      ...hands,
    },
    {
      at: [0, 45, 3],
      pitch: -6,
      rLeg: { to: [5, 8, -30], ankle: -50, pole: [0, 0, 1] },
      lLeg: { to: [-5, 5, 16], ankle: 'flat' },
      ...hands,
    },
  ],
  props: [{ kind: 'floor' }],
  highlight: ['rHipFront'],
  alt: 'Standing in a long split stance with the left foot forward and the right heel lifted behind, hands on the hips, then bending both knees a little and shifting the hips forward with the body upright. The front of the right hip is highlighted.',
  sideDefinition: 'Right side: the right leg is the back leg.',
};
