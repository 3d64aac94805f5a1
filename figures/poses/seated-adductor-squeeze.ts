import type { FigureSpec } from '../pose-types';

const SEATED = [0, 33.5, -2] as const;
const hands = {
  rArm: { to: 'rThigh@0.4', off: [2, 5, 0] },
  lArm: { to: 'lThigh@0.4', off: [-2, 5, 0] },
} as const;

export const figure: FigureSpec = {
  view: { azimuth: 15, elevation: 12 },
  poses: [
    {
      at: SEATED,
      rLeg: { to: [9, 5, 19], ankle: 'flat', pole: [0.2, 0, 1] },
      lLeg: { to: [-9, 5, 19], ankle: 'flat', pole: [-0.2, 0, 1] },
      ...hands,
    },
    {
      at: SEATED,
      // The cushion keeps the knees apart: the squeeze barely moves them.
      rLeg: { to: [6.5, 5, 19], ankle: 'flat', pole: [0, 0, 1] },
      lLeg: { to: [-6.5, 5, 19], ankle: 'flat', pole: [0, 0, 1] },
      ...hands,
    },
  ],
  props: [{ kind: 'floor' }, { kind: 'chair', at: [0, -4] }],
  highlight: ['rThigh:inner', 'lThigh:inner'],
  alt: 'Sitting tall on a chair with the feet flat and a cushion or fist between the knees, then squeezing the knees together against it. Both inner thighs are highlighted.',
};
