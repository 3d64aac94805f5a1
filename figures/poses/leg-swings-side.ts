import type { FigureSpec } from '../pose-types';

const hands = {
  rArm: { to: [13, 72, 20] },
  lArm: { to: [-13, 72, 20] },
} as const;

export const figure: FigureSpec = {
  view: { azimuth: 195, elevation: 10 },
  poses: [
    { ...hands, spine: [8, 0, 0], lLeg: { hip: [0, 0, 0] } },
    { ...hands, spine: [8, 0, 0], rLeg: { hip: [22, -28, 0], knee: 5 } },
    { ...hands, spine: [8, -6, 0], rLeg: { hip: [5, 40, 0], knee: 3 } },
  ],
  props: [{ kind: 'floor' }, { kind: 'wall', at: [0, 22], yaw: 0 }],
  highlight: ['rThigh:inner', 'rOuterHip'],
  alt: 'Seen from behind, standing with both hands on a wall: the right leg swings across in front of the left, then out to the right side, the hips staying square. The right inner thigh and outer hip are highlighted.',
  sideDefinition: 'Right side: the right leg swings while you stand on the left.',
};
