import type { FigureSpec } from '../pose-types';

const standing = { to: [4, 5, 2], ankle: 'flat' } as const;

export const figure: FigureSpec = {
  view: { azimuth: 90, elevation: 4 },
  poses: [
    {
      rLeg: standing,
      lLeg: { hip: [-12, 0, 0], knee: 30, ankle: 10 },
      rArm: { shoulder: [5, 5, 0] },
      lArm: { shoulder: [5, 5, 0] },
    },
    {
      at: [0, 51, -8],
      pitch: 72,
      neck: [-25, 0],
      rLeg: standing,
      lLeg: { hip: [-6, 2, 0], knee: 8, ankle: 10 },
      rArm: { shoulder: [72, 5, 0] },
      lArm: { shoulder: [72, 5, 0] },
    },
  ],
  props: [{ kind: 'floor' }],
  highlight: ['rSeat', 'rThigh:back'],
  alt: 'Balancing on the right leg, then the seat sent back and the chest tipped forward with a straight back while the left leg floats out behind as a counterweight. The right seat and the back of the right thigh are highlighted.',
  sideDefinition: 'Right side: balance on the right leg; the left leg floats back.',
};
