import type { FigureSpec } from '../pose-types';

const LYING = { pitch: -90 } as const;

export const figure: FigureSpec = {
  view: { azimuth: 70, elevation: 30 },
  poses: [
    {
      ...LYING,
      rLeg: { to: [7, 5, 30], pole: [0, 1, 0.3], ankle: 'flat' },
      lLeg: { to: [-7, 5, 30], pole: [0, 1, 0.3], ankle: 'flat' },
      rArm: { shoulder: [0, 12, 0] },
      lArm: { shoulder: [0, 12, 0] },
    },
    {
      ...LYING,
      lLeg: { hip: [102, 6, 0], knee: 95, ankle: -10 },
      rLeg: { to: 'lThigh@0.82', off: [1, 0, 7.5], pole: [1, 0.4, 0.2], ankle: -15 },
      rArm: { to: 'lThigh@0.62', off: [1.5, 0, -5.5] },
      lArm: { to: 'lThigh@0.62', off: [-3.5, 0, -5.5] },
    },
  ],
  props: [{ kind: 'mat' }],
  highlight: ['rSeat'],
  alt: 'Lying face up with knees bent and feet on the floor, then the right ankle crossed over the left thigh just above the knee, both hands holding the back of the left thigh and drawing it toward the chest. The right seat is highlighted.',
  sideDefinition: 'Right side: the right ankle crosses over the left knee.',
};
