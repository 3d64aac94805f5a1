import type { FigureSpec } from '../pose-types';

const SIDE_LYING = { roll: 90 } as const;
const lower = {
  lArm: { shoulder: [165, 0, 0], elbow: 120 },
  lLeg: { hip: [25, 0, 0], knee: 40, ankle: 10 },
} as const;

export const figure: FigureSpec = {
  view: { azimuth: 0, elevation: 68 },
  poses: [
    {
      ...SIDE_LYING,
      ...lower,
      rLeg: { hip: [20, -4, 0], knee: 30, ankle: 10 },
      rArm: { to: 'rShoulder', off: [0, -10, 10] },
    },
    {
      ...SIDE_LYING,
      ...lower,
      rLeg: { hip: [-10, 0, 0], knee: 150, ankle: 30 },
      rArm: { to: 'rAnkle', off: [0.5, 1, 0.5] },
    },
  ],
  props: [{ kind: 'mat' }],
  highlight: ['rThigh:front'],
  alt: 'Lying on the left side with the head on the lower arm, then the top (right) knee bent and the right hand holding that ankle, drawing the heel toward the seat with the knees level. The front of the right thigh is highlighted.',
  sideDefinition: 'Right side: lie on your left side; the right heel is drawn back.',
};
