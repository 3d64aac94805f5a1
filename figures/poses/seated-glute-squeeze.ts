import type { FigureSpec } from '../pose-types';

const feet = {
  rLeg: { to: [6, 5, 19], ankle: 'flat' },
  lLeg: { to: [-6, 5, 19], ankle: 'flat' },
} as const;
const hands = {
  rArm: { to: 'rThigh@0.6', off: [0, 6, 0] },
  lArm: { to: 'lThigh@0.6', off: [0, 6, 0] },
} as const;

export const figure: FigureSpec = {
  view: { azimuth: 90, elevation: 6 },
  poses: [
    { at: [0, 33.5, -2], ...feet, ...hands },
    // Squeezing lifts the body a little in the seat.
    { at: [0, 35, -2], ...feet, ...hands },
  ],
  props: [{ kind: 'floor' }, { kind: 'chair', at: [0, -4] }],
  highlight: ['rSeat', 'lSeat'],
  alt: 'Sitting tall on a chair with the feet flat and the hands resting on the thighs, then squeezing both buttocks so the body rises a little in the seat. The seat is highlighted.',
};
