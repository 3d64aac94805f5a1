import type { FigureSpec } from '../pose-types';

const support = { lArm: { to: [-28, 70, 0], pole: [-0.2, -1, -0.5] } } as const;

export const figure: FigureSpec = {
  view: { azimuth: 25, elevation: 2 },
  poses: [
    { ...support, rLeg: { hip: [90, 0, 0], knee: 95, ankle: 10 } },
    { ...support, rLeg: { hip: [75, 55, 40], knee: 95, ankle: 10 } },
  ],
  props: [{ kind: 'floor' }, { kind: 'wall', at: [-30, 0], yaw: 90 }],
  highlight: ['rHipFront', 'rOuterHip'],
  alt: 'Standing beside a wall with the left hand on it: the right knee lifted to hip height in front, then circling out to the right side. The front and outer side of the right hip are highlighted.',
  sideDefinition: 'Right side: the right knee circles while the left hand rests on the wall.',
};
