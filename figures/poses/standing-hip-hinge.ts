import type { FigureSpec } from '../pose-types';

const feet = {
  rLeg: { to: [5, 5, 2], ankle: 'flat' },
  lLeg: { to: [-5, 5, 2], ankle: 'flat' },
} as const;
const hands = {
  rArm: { to: 'rHip', off: [3, 5, 6] },
  lArm: { to: 'lHip', off: [-3, 5, 6] },
} as const;

export const figure: FigureSpec = {
  view: { azimuth: 90, elevation: 4 },
  poses: [
    { ...feet, ...hands },
    { at: [0, 51, -10], pitch: 48, neck: [-30, 0], ...feet, ...hands },
  ],
  props: [{ kind: 'floor' }],
  highlight: ['rThigh:back', 'rSeat'],
  alt: 'Standing with the hands on the hip bones, then the hips pushed straight back and the chest tipped forward with a flat back and soft knees. The backs of the thighs and the seat are highlighted.',
};
