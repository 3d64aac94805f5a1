import type { FigureSpec } from '../pose-types';

// Lying on the right side (head toward +x), propped on the right forearm, the roller across
// the floor under the right thigh; the body moves over it from above the knee to below the hip.
const ROLLER = { kind: 'roller', from: [-20, 4.5, -13], to: [-20, 4.5, 13] } as const;
const lying = (x: number) =>
  ({
    at: [x, 17, 0],
    roll: -64,
    rLeg: { hip: [0, -20, 0], knee: 5, ankle: 20 },
    lLeg: { to: [x - 16, 5, 17], ankle: 'flat', pole: [0, 1, 0.4] },
    rArm: { to: 'rShoulder', off: [0, 0, 13], y: 2.5, pole: [0, -1, -0.3] },
    lArm: { to: [x + 18, 2, 4] },
  }) as const;

export const figure: FigureSpec = {
  view: { azimuth: 0, elevation: 12 },
  poses: [lying(2), lying(-12)],
  props: [{ kind: 'mat' }, ROLLER],
  highlight: ['rThigh:outer'],
  alt: 'Lying on the right side propped on the right forearm, a foam roller under the outer right thigh and the left foot planted in front, rolling from just above the knee to just below the hip. The outer right thigh is highlighted.',
  sideDefinition: 'Right side: the roller is under the right thigh.',
};
