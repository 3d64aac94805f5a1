import type { FigureSpec } from '../pose-types';

const feet = {
  rLeg: { to: [6, 5, 18], ankle: 'flat' },
  lLeg: { to: [-6, 5, 18], ankle: 'flat' },
} as const;

export const figure: FigureSpec = {
  view: { azimuth: 90, elevation: 4 },
  poses: [
    {
      at: [0, 33.5, -2],
      pitch: 22,
      neck: [-20, 0],
      ...feet,
      rArm: { shoulder: [80, 5, 0], elbow: 10 },
      lArm: { shoulder: [80, 5, 0], elbow: 10 },
    },
    {
      at: [0, 'ground', 12],
      ...feet,
      rArm: { shoulder: [80, 5, 0], elbow: 10 },
      lArm: { shoulder: [80, 5, 0], elbow: 10 },
    },
  ],
  props: [{ kind: 'floor' }, { kind: 'chair', at: [0, -4] }],
  highlight: ['rSeat', 'rThigh:front'],
  alt: 'Sitting near the front of a chair with the feet flat and a slight forward lean, arms reaching ahead, then standing up tall. The seat and the front of the thighs are highlighted.',
};
