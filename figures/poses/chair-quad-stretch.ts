import type { FigureSpec } from '../pose-types';

// Sitting sideways: the chair is under the left buttock only, the right thigh off its edge.
const CHAIR = { kind: 'chair', at: [-9, 0], yaw: 90 } as const;
const seated = {
  at: [0, 33.5, 0],
  lLeg: { to: [-7, 5, 20], ankle: 'flat' },
  lArm: { to: 'lThigh@0.5', off: [0, 6, 0] },
} as const;

export const figure: FigureSpec = {
  view: { azimuth: 90, elevation: 6 },
  poses: [
    {
      ...seated,
      rLeg: { to: [6, 5, 6], ankle: 'flat', pole: [0.2, 0, 1] },
      rArm: { to: 'rThigh@0.5', off: [1, 5, 0] },
    },
    {
      ...seated,
      pitch: -6,
      rLeg: { hip: [-22, 4, 0], knee: 125, ankle: 30 },
      rArm: { to: 'rAnkle', off: [1, 2.5, 0] },
    },
  ],
  props: [{ kind: 'floor' }, CHAIR],
  highlight: ['rThigh:front', 'rHipFront'],
  alt: 'Sitting sideways on a chair with the right thigh off the seat and its knee sinking toward the floor, then the right hand reaching back for the right ankle and drawing the heel toward the seat, sitting tall. The front of the right thigh and hip is highlighted.',
  sideDefinition: 'Right side: the right thigh is off the seat and its heel is drawn up.',
};
