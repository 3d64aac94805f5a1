import type { FigureSpec } from '../pose-types';

const STEP = { kind: 'box', at: [0, 22], size: [34, 12, 30] } as const;

export const figure: FigureSpec = {
  view: { azimuth: 90, elevation: 6 },
  poses: [
    {
      at: [0, 'ground', 2],
      pitch: 8,
      rLeg: { to: [6, 17, 19], ankle: 'flat' },
      lLeg: { to: [-6, 5, 0], ankle: 'flat' },
      rArm: { shoulder: [15, 5, 0], elbow: 10 },
      lArm: { shoulder: [-10, 5, 0], elbow: 10 },
    },
    {
      at: [0, 67, 20],
      rLeg: { hip: [0, 2, 0], knee: 0, ankle: 0 },
      lLeg: { hip: [0, 2, 0], knee: 0, ankle: 0 },
      rArm: { shoulder: [0, 5, 0], elbow: 5 },
      lArm: { shoulder: [0, 5, 0], elbow: 5 },
    },
  ],
  props: [{ kind: 'floor' }, STEP],
  highlight: ['rSeat', 'rThigh:front'],
  alt: 'Facing a step with the whole right foot on it, then pressing through the right heel to stand up tall on the step, the left foot coming up beside it. The right seat and the front of the right thigh are highlighted.',
  sideDefinition: 'Right side: the right foot steps up first and does the work.',
};
