import type { FigureSpec } from '../pose-types';

const legs = {
  rLeg: { to: [2.5, 5, 17], pole: [1, 0.25, 0.2], ankle: 20 },
  lLeg: { to: [-2.5, 5, 17], pole: [-1, 0.25, 0.2], ankle: 20 },
} as const;

export const figure: FigureSpec = {
  view: { azimuth: 15, elevation: 35 },
  poses: [
    {
      ...legs,
      at: [0, 7.5, 0],
      spine: [-4, 0, 0],
      rArm: { to: 'rAnkle', off: [2, 2, 2] },
      lArm: { to: 'lAnkle', off: [-2, 2, 2] },
    },
    {
      ...legs,
      at: [0, 7.5, 0],
      pitch: 16,
      spine: [14, 0, 0],
      neck: [-8, 0],
      rArm: { to: 'rAnkle', off: [2, 2, 2] },
      lArm: { to: 'lAnkle', off: [-2, 2, 2] },
    },
  ],
  props: [{ kind: 'mat' }],
  highlight: ['rThigh:inner', 'lThigh:inner'],
  alt: 'Sitting on the floor with the soles of the feet together and the knees dropped out to the sides, hands holding the ankles, then leaning forward a little from the hips. Both inner thighs are highlighted.',
};
