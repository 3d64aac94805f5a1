import type { FigureSpec } from '../pose-types';

const legs = {
  rLeg: { to: [5, 6, -22], ankle: 60, pole: [0, -0.3, 1] },
  lLeg: { to: [-6, 5, 24], ankle: 'flat' },
} as const;

export const figure: FigureSpec = {
  view: { azimuth: 90, elevation: 6 },
  poses: [
    {
      at: [0, 30, 0],
      ...legs,
      rArm: { to: 'lKnee', off: [6, 4, -2] },
      lArm: { to: 'lKnee', off: [-1, 4, -2] },
    },
    {
      at: [0, 29, 4],
      pitch: -6,
      ...legs,
      rArm: { shoulder: [170, 10, 0], elbow: 10 },
      lArm: { to: 'lKnee', off: [-1, 4, -2] },
    },
  ],
  props: [{ kind: 'mat' }],
  highlight: ['rHipFront'],
  alt: 'Kneeling on the right knee with the left foot flat in front, hands on the left knee, then easing the hips forward with the tailbone tucked and the right arm reaching overhead. The front of the right hip is highlighted.',
  sideDefinition: 'Right side: kneel on the right knee; the left foot is in front.',
};
