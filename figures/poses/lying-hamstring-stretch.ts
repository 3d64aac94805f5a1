import type { FigureSpec } from '../pose-types';

const bentLeft = { to: [-6, 5, 28], ankle: 'flat', pole: [0, 1, 0.2] } as const;
const hands = {
  rArm: { to: 'rThigh@0.75', off: [2, 0, -5] },
  lArm: { to: 'rThigh@0.75', off: [-3, 0, -5] },
} as const;

export const figure: FigureSpec = {
  view: { azimuth: 90, elevation: 10 },
  poses: [
    { pitch: -90, lLeg: bentLeft, rLeg: { hip: [88, 0, 0], knee: 90, ankle: 0 }, ...hands },
    { pitch: -90, lLeg: bentLeft, rLeg: { hip: [80, 0, 0], knee: 12, ankle: -15 }, ...hands },
  ],
  props: [{ kind: 'mat' }],
  highlight: ['rThigh:back'],
  alt: 'Lying face up with the left knee bent, the right leg lifted and held behind the thigh, then the right knee slowly straightened toward the ceiling while the head and hips stay down. The back of the right thigh is highlighted.',
  sideDefinition: 'Right side: the right leg is the one lifted.',
};
