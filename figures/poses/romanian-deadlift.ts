import type { FigureSpec } from '../pose-types';

const feet = {
  rLeg: { to: [5, 5, 2], ankle: 'flat' },
  lLeg: { to: [-5, 5, 2], ankle: 'flat' },
} as const;

export const figure: FigureSpec = {
  view: { azimuth: 90, elevation: 4 },
  poses: [
    {
      ...feet,
      rArm: { to: 'rThigh@0.25', off: [-1, 0, 5.5] },
      lArm: { to: 'lThigh@0.25', off: [1, 0, 5.5] },
    },
    {
      at: [0, 49, -12],
      pitch: 62,
      neck: [-25, 0],
      ...feet,
      rArm: { to: 'rKnee', off: [-2, -2, 6] },
      lArm: { to: 'lKnee', off: [2, -2, 6] },
    },
  ],
  props: [{ kind: 'floor' }, { kind: 'weights' }],
  highlight: ['rThigh:back', 'rSeat'],
  alt: 'Standing with weights held against the front of the thighs, then the hips sent back with a long back and slightly bent knees so the weights travel down close to the legs. The backs of the thighs and the seat are highlighted.',
};
