import type { FigureSpec } from '../pose-types';

export const figure: FigureSpec = {
  view: { azimuth: 90, elevation: 4 },
  poses: [
    {
      rLeg: { to: [5, 5, 2], ankle: 'flat' },
      lLeg: { to: [-5, 5, 2], ankle: 'flat' },
    },
    {
      at: [0, 31, -8],
      rLeg: { to: [5, 5, 14], ankle: 'flat' },
      lLeg: { to: [-5, 10, -33], pole: [0, -1, 0.5], ankle: -64 },
      rArm: { shoulder: [20, 5, 0], elbow: 20 },
      lArm: { shoulder: [-15, 5, 0], elbow: 20 },
    },
  ],
  props: [{ kind: 'floor' }],
  highlight: ['rSeat', 'rThigh:front'],
  alt: 'Standing tall, then the left foot stepped well back and the left knee lowered toward the floor while the right knee bends to about a right angle above its ankle. The right seat and the front of the right thigh are highlighted.',
  sideDefinition: 'Right side: the right leg stays in front and works; the left foot steps back.',
};
