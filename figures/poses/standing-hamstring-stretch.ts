import type { FigureSpec } from '../pose-types';

const feet = {
  rLeg: { to: [5, 5.5, 18], ankle: -25 },
  lLeg: { to: [-5, 5, -4], ankle: 'flat' },
} as const;

export const figure: FigureSpec = {
  view: { azimuth: 90, elevation: 4 },
  poses: [
    {
      at: [0, 50, 2],
      ...feet,
      rArm: { to: 'lThigh@0.22', off: [3, 0, 6] },
      lArm: { to: 'lThigh@0.22', off: [-2, 0, 6] },
    },
    {
      at: [0, 45.5, -6],
      pitch: 50,
      neck: [-25, 0],
      ...feet,
      rArm: { to: [9, 43, 34] },
      lArm: { to: [-9, 43, 34] },
    },
  ],
  props: [{ kind: 'floor' }, { kind: 'desk', at: [0, 50] }],
  highlight: ['rThigh:back'],
  alt: 'Standing with the right foot half a step ahead, heel down and toes lifted, hands on the left thigh, then folding at the hips with a flat back and the hands on a desk, the seat going backwards and the left knee bending a little. The back of the right thigh is highlighted.',
  sideDefinition: 'Right side: the right foot is ahead and its thigh stretches.',
};
