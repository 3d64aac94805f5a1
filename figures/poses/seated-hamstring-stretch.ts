import type { FigureSpec } from '../pose-types';

const SEATED = [0, 33.5, -2] as const;
const legs = {
  rLeg: { to: [5, 5, 36.5], ankle: -20 },
  lLeg: { to: [-7, 5, 19], ankle: 'flat' },
} as const;

export const figure: FigureSpec = {
  view: { azimuth: 90, elevation: 6 },
  poses: [
    {
      at: SEATED,
      ...legs,
      rArm: { to: 'rThigh@0.5', off: [0, 6, 0] },
      lArm: { to: 'lThigh@0.5', off: [0, 6, 0] },
    },
    {
      at: SEATED,
      pitch: 32,
      neck: [-20, 0],
      ...legs,
      rArm: { to: 'rThigh@0.8', off: [0, 6, 0] },
      lArm: { to: 'lThigh@0.8', off: [0, 6, 0] },
    },
  ],
  props: [{ kind: 'floor' }, { kind: 'chair', at: [0, -4] }],
  highlight: ['rThigh:back'],
  alt: 'Sitting near the front edge of a chair with the right leg straight out, heel on the floor and toes up, the left foot flat, then tipping the chest forward from the hips with a long back. The back of the right thigh is highlighted.',
  sideDefinition: 'Right side: the right leg is the straight one.',
};
