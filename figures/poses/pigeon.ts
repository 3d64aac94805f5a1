import type { FigureSpec } from '../pose-types';

export const figure: FigureSpec = {
  view: { azimuth: 42, elevation: 30 },
  poses: [
    {
      pitch: 74,
      neck: [-20, 0],
      rLeg: { hip: [0, 2, 0], knee: 0, ankle: 0 },
      lLeg: { hip: [0, 2, 0], knee: 0, ankle: 0 },
      rArm: { to: 'rShoulder', y: 2 },
      lArm: { to: 'lShoulder', y: 2 },
    },
    {
      at: [0, 30, -2],
      pitch: 70,
      neck: [-20, 0],
      rLeg: { to: [-4, 10, 16], pole: [0.3, -0.4, 1], ankle: 20 },
      lLeg: { hip: [0, 2, 0], knee: 0, ankle: 0 },
      rArm: { to: 'rShoulder', y: 2 },
      lArm: { to: 'lShoulder', y: 2 },
    },
    {
      at: [2, 13.5, -2],
      pitch: 32,
      spine: [-14, 0, 0],
      neck: [-10, 0],
      rLeg: { to: [-13, 4.5, 14], pole: [0.4, -0.3, 1], ankle: 20 },
      lLeg: { hip: [-60, 4, 0], knee: 0, ankle: 70 },
      rArm: { to: 'rShoulder', off: [3, 0, 2], y: 2 },
      lArm: { to: 'lShoulder', off: [-3, 0, 2], y: 2 },
    },
  ],
  props: [{ kind: 'mat' }],
  highlight: ['rSeat'],
  alt: 'From a high plank, the right knee brought forward between the hands with the right shin angled across, the left leg stretched straight back and the hips sunk toward the floor. The right seat is highlighted.',
  sideDefinition: 'Right side: the right knee comes forward and the left leg stretches back.',
};
