import type { FigureSpec } from '../pose-types';

export const figure: FigureSpec = {
  view: { azimuth: 30, elevation: 8 },
  poses: [
    {
      rLeg: { to: [5, 5, 0], ankle: 'flat' },
      lLeg: { to: [-5, 5, 0], ankle: 'flat' },
      rArm: { shoulder: [60, 0, 0], elbow: 80 },
      lArm: { shoulder: [60, 0, 0], elbow: 80 },
    },
    {
      at: [20, 44.5, -6],
      spine: [30, 0, 0],
      neck: [-15, 0],
      rLeg: { to: [42, 5, 4], ankle: 'flat', pole: [0.5, 0, 1] },
      lLeg: { to: [-14, 5, 0], ankle: 'flat' },
      rArm: { shoulder: [75, 0, 0], elbow: 70 },
      lArm: { shoulder: [75, 0, 0], elbow: 70 },
    },
  ],
  props: [{ kind: 'floor' }],
  highlight: ['rThigh:front', 'rSeat', 'lThigh:inner'],
  alt: 'Standing with the feet together, then a wide step out to the right, sitting the hips back over the bent right knee while the left leg stays long. The right thigh and seat, and the inner left thigh, are highlighted.',
  sideDefinition:
    'Right side: step out to the right and bend the right knee; the left leg stays long.',
};
