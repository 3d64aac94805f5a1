import type { FigureSpec } from '../pose-types';

// Legs as seen from the pelvis: when it tips forward, they flex further to stay on the floor.
const legs = (tip: number) =>
  ({
    rLeg: { hip: [90 + tip, 38, 0], knee: 0, ankle: -12 - tip },
    lLeg: { hip: [90 + tip, 38, 0], knee: 0, ankle: -12 - tip },
  }) as const;

export const figure: FigureSpec = {
  view: { azimuth: 12, elevation: 38 },
  poses: [
    {
      ...legs(0),
      at: [0, 8, 0],
      rArm: { to: [6, 2, 12] },
      lArm: { to: [-6, 2, 12] },
    },
    {
      ...legs(22),
      at: [0, 8, 0],
      pitch: 22,
      spine: [26, 0, 0],
      neck: [-10, 0],
      rArm: { to: [6, 2, 32] },
      lArm: { to: [-6, 2, 32] },
    },
  ],
  props: [{ kind: 'mat' }],
  highlight: ['rThigh:inner', 'lThigh:inner'],
  alt: 'Sitting on the floor with the legs spread wide and the toes pointing up, hands on the floor in front, then walking the hands forward and folding from the hips with a long back. Both inner thighs are highlighted.',
};
