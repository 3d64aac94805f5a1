import type { FigureSpec } from '../pose-types';

const base = {
  lArm: { to: [-27, 66, 2], pole: [-0.2, -1, -0.5] },
  lLeg: { to: [-4, 5, 0], ankle: 'flat' },
} as const;

export const figure: FigureSpec = {
  view: { azimuth: 90, elevation: 4 },
  poses: [
    {
      ...base,
      rLeg: { hip: [0, 0, 0], knee: 70, ankle: 20 },
      rArm: { shoulder: [-20, 5, 0], elbow: 20 },
    },
    {
      ...base,
      pitch: -4,
      rLeg: { hip: [-8, 0, 0], knee: 140, ankle: 30 },
      rArm: { to: 'rAnkle', off: [1, 2, -2] },
    },
  ],
  props: [{ kind: 'floor' }, { kind: 'wall', at: [-29, 0], yaw: 90 }],
  highlight: ['rThigh:front', 'rHipFront'],
  alt: 'Standing tall with the left hand on a wall, the right knee bent, then the right hand holding the right ankle and bringing the heel toward the seat with the knees side by side. The front of the right thigh and hip is highlighted.',
  sideDefinition: 'Right side: the right heel comes up to the seat; the left hand steadies you.',
};
