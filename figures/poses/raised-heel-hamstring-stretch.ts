import type { FigureSpec } from '../pose-types';

const CHAIR = { kind: 'chair', at: [0, 47], yaw: 180 } as const;
const legs = {
  rLeg: { to: [5, 30, 38], ankle: -20 },
  lLeg: { to: [-5, 5, 2], ankle: 'flat' },
} as const;

export const figure: FigureSpec = {
  view: { azimuth: 90, elevation: 6 },
  poses: [
    {
      at: [0, 53.5, 0],
      ...legs,
      rArm: { to: 'rHip', off: [3, 5, 5] },
      lArm: { to: 'lHip', off: [-3, 5, 5] },
    },
    {
      at: [0, 53.5, -3],
      pitch: 34,
      neck: [-20, 0],
      ...legs,
      rArm: { to: 'rThigh@0.6', off: [0, 6, 0] },
      lArm: { to: 'rThigh@0.6', off: [-4, 5, 0] },
    },
  ],
  props: [{ kind: 'floor' }, CHAIR],
  highlight: ['rThigh:back'],
  alt: 'Standing tall on the left leg facing a chair, the right heel resting on its seat with the leg straight and toes up, then hinging forward from the hips with a flat back. The back of the right thigh is highlighted.',
  sideDefinition: 'Right side: the right heel rests on the chair.',
};
