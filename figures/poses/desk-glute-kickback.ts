import type { FigureSpec } from '../pose-types';

// Hands resting on the desk's front edge, the body tipped a little forward over the standing leg.
const lean = {
  at: [0, 49.5, 10],
  pitch: 16,
  neck: [-10, 0],
  lLeg: { to: [-5, 5, 8], ankle: 'flat' },
  rArm: { to: [10, 43, 35] },
  lArm: { to: [-10, 43, 35] },
} as const;

export const figure: FigureSpec = {
  view: { azimuth: 90, elevation: 6 },
  poses: [
    { ...lean, rLeg: { to: [5, 5, 8], ankle: 'flat' } },
    { ...lean, rLeg: { to: [5, 16, -20], ankle: 25 } },
  ],
  props: [{ kind: 'floor' }, { kind: 'desk', at: [0, 50] }],
  highlight: ['rSeat'],
  alt: 'Standing an arm’s length from a desk with both hands on its edge and the body tipped a little forward, then the right leg pressed straight back until the foot leaves the floor. The right seat is highlighted.',
  sideDefinition: 'Right side: the right leg presses back while you stand on the left.',
};
