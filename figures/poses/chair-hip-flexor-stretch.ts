import type { FigureSpec } from '../pose-types';

// Sitting sideways on the chair's front corner: the left thigh on the seat, the right leg behind.
const CHAIR = { kind: 'chair', at: [-9, 0], yaw: 90 } as const;
const seated = {
  at: [0, 33.5, 0],
  lLeg: { to: [-7, 5, 20], ankle: 'flat' },
  rArm: { to: 'rHip', off: [3, 5, 4] },
  lArm: { to: 'lThigh@0.5', off: [0, 6, 0] },
} as const;

export const figure: FigureSpec = {
  view: { azimuth: 90, elevation: 6 },
  poses: [
    { ...seated, rLeg: { to: [6, 7, -12], ankle: 65, pole: [0, -0.6, 1] } },
    { ...seated, pitch: -8, rLeg: { to: [6, 6, -26], ankle: 55, pole: [0, -1, 0.5] } },
  ],
  props: [{ kind: 'floor' }, CHAIR],
  highlight: ['rHipFront'],
  alt: 'Sitting sideways on the front corner of a chair with the left thigh on the seat, then sliding the right leg back behind, knee pointing down and toes on the floor, sitting upright with the tailbone tucked. The front of the right hip is highlighted.',
  sideDefinition: 'Right side: the right leg reaches back behind you.',
};
